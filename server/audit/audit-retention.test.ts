import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AuditQuery, auditQuerySchema } from '../../contract/audit';
import { type Db, openDatabase } from '../db/open-database';
import { createLogger } from '../logger';
import { type AuditRepository, createAuditRepository } from './audit-repository';
import { scheduleAuditRetention } from './audit-retention';

const DAY_MS = 24 * 3600 * 1000;

describe('Audit retention schedule', () => {
  let dir: string;
  let db: Db;
  let audit: AuditRepository;
  // Days pass on a fake clock; the database is a real SQLite file, which needs no timers.
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.UTC(2026, 10, 1, 9, 0, 0) });
    dir = mkdtempSync(path.join(tmpdir(), 'imc-retention-'));
    db = openDatabase(dir);
    audit = createAuditRepository(db);
  });
  afterEach(() => {
    vi.useRealTimers();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The newest records matching a query, read as GET /api/audit reads them. */
  const find = (query: AuditQuery) => {
    const { page, pageSize, ...filter } = auditQuerySchema.parse(query);
    return audit.page(filter, page, pageSize);
  };
  const count = (operator: string) => find({ operator }).total;
  const latestPurge = () => find({ event: 'audit_purged' }).records[0];

  it('When days pass, then the daily purge removes records once they are older than the period, and audits it', () => {
    audit.append({ event: 'lookup', operator: 'early-bird', outcome: 'ok' });
    const stop = scheduleAuditRetention(audit, 2, createLogger('silent'));
    expect(latestPurge()?.at).toBe('2026-11-01T09:00:00.000Z'); // one at start

    vi.advanceTimersByTime(2 * DAY_MS);
    expect(count('early-bird')).toBe(1); // exactly two days old is not older than two days
    expect(latestPurge()?.at).toBe('2026-11-03T09:00:00.000Z');

    vi.advanceTimersByTime(DAY_MS);
    expect(count('early-bird')).toBe(0);
    // The record, and the start-up purge's own record of that morning.
    expect(latestPurge()).toMatchObject({ at: '2026-11-04T09:00:00.000Z', details: { removed: 2, retentionDays: 2 } });

    stop();
    vi.advanceTimersByTime(7 * DAY_MS);
    expect(latestPurge()?.at).toBe('2026-11-04T09:00:00.000Z');
  });
});
