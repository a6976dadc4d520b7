import type { APIRequestContext } from '@playwright/test';
import { PORTS } from './ports';

/** The demo upstream's control endpoints; only present when the server runs with EMULATOR_CONTROL=1. */
const EMULATOR_BASE = `http://127.0.0.1:${PORTS.emulator}/__emulator`;
export const EMULATOR_FAULTS_URL = `${EMULATOR_BASE}/faults`;

/** A fault fails the next `count` calls of `action` (of any action when absent), in order. */
export type Fault = (
  | { kind: 'gateway-error'; status: number; code: string; count: number }
  | { kind: 'error-200'; code: string; count: number }
  | { kind: 'timeout'; count: number }
  | { kind: 'malformed'; count: number }
) & { action?: string };

/** The member check; every lookup also asks BatchGetConversations for the header first. */
export const MEMBER_CHECK = 'BatchGetConversationParticipant';
/** Every attempt of one batch (the first and two retries) fails. */
export const ALL_ATTEMPTS = 3;

export async function injectFault(request: APIRequestContext, fault: Fault) {
  const response = await request.post(EMULATOR_FAULTS_URL, { data: fault });
  if (!response.ok()) throw new Error(`Fault injection failed: HTTP ${response.status()}`);
}

export async function clearFaults(request: APIRequestContext) {
  await request.delete(EMULATOR_FAULTS_URL);
}

export interface ActionStats {
  calls: number;
  throttled: number;
}

/** Calls the emulator has received so far, by action. */
export async function emulatorCalls(request: APIRequestContext): Promise<Record<string, ActionStats>> {
  const response = await request.get(`${EMULATOR_BASE}/stats`);
  if (!response.ok()) throw new Error(`Reading the emulator's stats failed: HTTP ${response.status()}`);
  return ((await response.json()) as { byAction: Record<string, ActionStats> }).byAction;
}

export async function resetEmulatorCalls(request: APIRequestContext) {
  await request.delete(`${EMULATOR_BASE}/stats`);
}

export interface EmulatorSettings {
  /** Every answer waits this long, so a test can act while a job is still running. */
  latencyMs?: number;
  /** 'opaque' cursors can't be computed, so a browse walks the pages one after another. */
  cursorStyle?: 'offset' | 'opaque';
}
export const DEFAULT_EMULATOR_SETTINGS = { latencyMs: 0, cursorStyle: 'offset' } as const;

export async function setEmulator(request: APIRequestContext, settings: EmulatorSettings) {
  const response = await request.post(`${EMULATOR_BASE}/settings`, { data: settings });
  if (!response.ok()) throw new Error(`Changing the emulator's settings failed: HTTP ${response.status()}`);
}
