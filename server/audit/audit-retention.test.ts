import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AuditQuery, auditQuerySchema } from '../../contract/audit';
import { type DatabaseHandle, openDatabase } from '../db/database';
import { createLogger } from '../logger';
import { type AuditRepository, createAuditRepository } from './audit-repository';
import { scheduleAuditRetention } from './audit-retention';

const DAY_MS = 24 * 3600 * 1000;

describe('Audit retention schedule', () => {
  let dir: string;
  let db: DatabaseHandle;
  let audit: AuditRepository;
  // Days pass on a fake clock (timers and Date only: the database's own I/O must run for real).
  beforeEach(async () => {
    vi.useFakeTimers({
      now: Date.UTC(2026, 10, 1, 9, 0, 0),
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
    dir = mkdtempSync(path.join(tmpdir(), 'imc-retention-'));
    db = await openDatabase({ url: null, dataDir: dir });
    audit = createAuditRepository(db);
  });
  afterEach(async () => {
    vi.useRealTimers();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The newest records matching a query, read as GET /api/audit reads them. */
  const find = (query: AuditQuery) => {
    const { page, pageSize, ...filter } = auditQuerySchema.parse(query);
    return audit.page(filter, page, pageSize);
  };
  const count = async (operator: string) => (await find({ operator })).total;
  const latestPurge = async () => (await find({ event: 'audit_purged' })).records[0];

  it('When days pass, then the daily purge removes records once they are older than the period, and audits it', async () => {
    await audit.append({ event: 'lookup', operator: 'early-bird', outcome: 'ok' });
    const stop = await scheduleAuditRetention(audit, 2, createLogger('silent'));
    expect((await latestPurge())?.at).toBe('2026-11-01T09:00:00.000Z'); // one at start

    await vi.advanceTimersByTimeAsync(2 * DAY_MS);
    await vi.waitFor(async () => expect((await latestPurge())?.at).toBe('2026-11-03T09:00:00.000Z'));
    expect(await count('early-bird')).toBe(1); // exactly two days old is not older than two days

    await vi.advanceTimersByTimeAsync(DAY_MS);
    await vi.waitFor(async () => expect((await latestPurge())?.at).toBe('2026-11-04T09:00:00.000Z'));
    expect(await count('early-bird')).toBe(0);
    // The record, and the start-up purge's own record of that morning.
    expect(await latestPurge()).toMatchObject({ details: { removed: 2, retentionDays: 2 } });

    stop();
    await vi.advanceTimersByTimeAsync(7 * DAY_MS);
    expect((await latestPurge())?.at).toBe('2026-11-04T09:00:00.000Z');
  });
});
