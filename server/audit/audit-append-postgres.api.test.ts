import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DatabaseHandle, openDatabase, WRITE_LOCK } from '../db/database';
import { createPostgresDatabase } from '../testing/test-database';
import { auditQueries, createAuditRepository } from './audit-repository';
import { verifyAuditTrail } from './verify-audit-trail';

type TestDatabase = Awaited<ReturnType<typeof createPostgresDatabase>>;

describe.skipIf(!inject('services').postgres)('Audit appends on PostgreSQL from several processes at once', () => {
  let database: TestDatabase;
  const handles: DatabaseHandle[] = [];
  beforeAll(async () => {
    database = await createPostgresDatabase('imc_append');
    // Two handles are two replicas: each has its own pool and its own idea of the chain's head.
    for (let i = 0; i < 2; i += 1) handles.push(await openDatabase({ url: database.url, dataDir: '' }));
  });
  afterAll(async () => {
    for (const handle of handles) await handle.close();
    await database?.drop();
  });

  it('When two replicas and a locked writer append at once, then every record lands once, in one unbroken chain', async () => {
    const [a, b] = handles.map((handle) => createAuditRepository(handle));
    const [handleA] = handles;
    if (!a || !b || !handleA) throw new Error('no handles');
    const userIdsOf = (n: number) => [String(9_007_199_254_740_993n + BigInt(n)), '9223372036854775807'];
    const appends = Array.from({ length: 120 }, (_, n) => {
      // Some records carry text whose UTF-8 and escaping PostgreSQL must hash exactly as the console does.
      const odd = n % 3 === 1;
      const entry = {
        event: 'lookup' as const,
        outcome: 'ok',
        reason: odd ? `工单 ${n} 😀 "quoted" \\ \u2028` : `r${n}`,
        details: odd ? { note: 'a\uD800b', nested: { id: '', 'x"id': n } } : null,
        userIds: userIdsOf(n),
      };
      if (n % 10 === 9) {
        // An operator change or a CLI: the whole read-then-write under the lock, in a transaction of its own.
        return handleA.writeLocked((tx) => auditQueries(tx).appendLocked(entry));
      }
      return (n % 2 === 0 ? a : b).append(entry);
    });
    const ids = await Promise.all(appends);

    expect(new Set(ids).size).toBe(120);
    const report = await verifyAuditTrail(handleA);
    expect(report.broken).toBeNull();
    expect(report.records).toBe(120);
    const indexed = await handleA.db
      .selectFrom('audit_user_ids')
      .innerJoin('audit_log', 'audit_log.id', 'audit_user_ids.audit_id')
      .select(['audit_log.reason', 'audit_user_ids.user_id'])
      .where('audit_log.reason', '=', 'r42')
      .orderBy('audit_user_ids.user_id')
      .execute();
    expect(indexed.map((row) => row.user_id)).toEqual(userIdsOf(42).sort());
    const total = await handleA.db
      .selectFrom('audit_user_ids')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    expect(Number(total?.n)).toBe(240);
  });

  it('When another process holds the chain lock, then waiting appends leave the pool free for reads', async () => {
    const [handle] = handles;
    if (!handle) throw new Error('no handle');
    const audit = createAuditRepository(handle);
    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
      // More appends than the pool has connections, all waiting for the lock.
      const appends = Array.from({ length: 15 }, (_, n) =>
        audit.append({ event: 'lookup', outcome: 'ok', reason: `w${n}` }),
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await handle.problem()).toBeNull();
      await holder.query('COMMIT');
      expect(new Set(await Promise.all(appends)).size).toBe(15);
    } finally {
      await holder.end();
    }
    expect((await verifyAuditTrail(handle)).broken).toBeNull();
  });

  it('When a purge cuts the chain between two appends, then the next append follows the purge record', async () => {
    const [a, b] = handles.map((handle) => createAuditRepository(handle));
    if (!a || !b) throw new Error('no handles');
    await a.append({ event: 'lookup', outcome: 'ok', reason: 'before purge' });
    // Replica b purges everything: replica a's idea of the head is now a record that is gone.
    await b.purgeOlderThan(Date.now() + 60_000, 1);
    const id = await a.append({ event: 'lookup', outcome: 'ok', reason: 'after purge' });

    const [handleA] = handles;
    if (!handleA) throw new Error('no handle');
    const report = await verifyAuditTrail(handleA);
    expect(report.broken).toBeNull();
    expect(report.records).toBe(2);
    expect(report.head?.id).toBe(id);
    const newest = await handleA.db.selectFrom('audit_log').select(['event', 'reason']).orderBy('id').execute();
    expect(newest).toEqual([
      { event: 'audit_purged', reason: null },
      { event: 'lookup', reason: 'after purge' },
    ]);
  });
});
