import type { Store } from './seed';

export interface EmulatorSettings {
  /** How ScanConversationParticipantList's cursors look: offsets, or scrambled numbers. */
  cursorStyle: 'offset' | 'opaque';
  /** The largest `Limit` the emulator's scan accepts; Volcengine's is unconfirmed. */
  maxScanLimit: number;
  /** Added before every answer, as a distant gateway would. */
  latencyMs: number;
}

export const DEFAULT_SETTINGS: EmulatorSettings = { cursorStyle: 'offset', maxScanLimit: 100, latencyMs: 0 };

/** One IM action: reads the parsed body and returns `Result`, or throws a GatewayRejection. */
export type EmulatorAction = (call: {
  store: Store;
  body: Record<string, unknown>;
  nowSec: number;
  settings: EmulatorSettings;
}) => unknown;
