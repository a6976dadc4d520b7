import type { APIRequestContext } from '@playwright/test';
import { PORTS } from './ports';

/** The demo upstream's control endpoint; only present when the server runs with EMULATOR_CONTROL=1. */
export const EMULATOR_FAULTS_URL = `http://127.0.0.1:${PORTS.emulator}/__emulator/faults`;

export type Fault = (
  | { kind: 'gateway-error'; status: number; code: string; count: number }
  | { kind: 'error-200'; code: string; count: number }
  | { kind: 'timeout'; count: number }
  | { kind: 'malformed'; count: number }
) & {
  /** Only calls of this Volcengine action fail; any action's when left out. */
  action?: string;
};

export async function injectFault(request: APIRequestContext, fault: Fault) {
  const response = await request.post(EMULATOR_FAULTS_URL, { data: fault });
  if (!response.ok()) throw new Error(`Fault injection failed: HTTP ${response.status()}`);
}

export async function clearFaults(request: APIRequestContext) {
  await request.delete(EMULATOR_FAULTS_URL);
}
