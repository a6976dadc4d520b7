import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LookupResponse } from '../../contract/lookup';
import { BULK_CONVERSATION, BULK_FIRST_MEMBER, DEMO_EXAMPLE } from '../demo/demo-constants';
import { CLUSTER_ADMIN, type Cluster, NGINX, startCluster } from '../testing/cluster';
import { SPAWN_TIMEOUT_MS } from '../testing/free-port';
import { bundled } from '../testing/spawn-server';

const services = inject('services');
const MEMBERS = 'BatchGetConversationParticipant';

describe.skipIf(!services.postgres || !services.redis || (!NGINX && !process.env.CI))(
  'Three replicas behind nginx, on PostgreSQL and Redis',
  { timeout: 4 * SPAWN_TIMEOUT_MS },
  () => {
    let c: Cluster;
    let cookie = '';
    let audit: pg.Client;
    beforeAll(async () => {
      c = await startCluster({ replicas: 3, entry: bundled });
      const res = await fetch(`${c.base}/api/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(CLUSTER_ADMIN),
      });
      expect(res.status).toBe(200);
      cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      // Straight to the database, not through its relay: the test reads the trail even while "PostgreSQL is down".
      audit = new pg.Client({ connectionString: c.databaseUrl });
      await audit.connect();
    }, 4 * SPAWN_TIMEOUT_MS);
    afterAll(async () => {
      await audit?.end();
      await c?.stop();
    });

    const lookup = (userIds: string[], reason: string, base = c.base) =>
      fetch(`${base}/api/lookups`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie },
        body: JSON.stringify({ ...BULK_CONVERSATION, userIds, reason }),
      });
    const small = () => DEMO_EXAMPLE.userIds.slice(0, 2).map((id) => id);
    const audited = async (reason: string) =>
      Number((await audit.query('SELECT count(*) AS n FROM audit_log WHERE reason = $1', [reason])).rows[0]?.n ?? 0);

    it('When a session is made through nginx, then every replica accepts it', async () => {
      for (const node of c.nodes) {
        const res = await fetch(`${node.base}/api/session`, { headers: { Cookie: cookie } });
        expect(res.status, node.base).toBe(200);
      }
    });

    it('When 20 lookups of 1,000 IDs run at once across the replicas, then the gateway never sees more than 100 a second', async () => {
      await c.resetEmulatorStats();
      const tag = `load-${randomUUID()}`;
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, n) =>
          lookup(
            Array.from({ length: 1000 }, (_, i) => String(BULK_FIRST_MEMBER + BigInt(n * 250 + i))),
            `${tag}-${n}`,
          ),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
      for (const res of responses) expect(((await res.json()) as LookupResponse).unanswered).toEqual([]);
      const stats = await c.emulatorStats();
      expect(stats.byAction[MEMBERS]?.calls).toBe(200);
      expect(stats.byAction[MEMBERS]?.busiestWindow).toBeLessThanOrEqual(100);
      expect(stats.throttled).toBe(0);
      const { rows } = await audit.query(
        "SELECT count(*) AS n FROM audit_log WHERE reason LIKE $1 AND event = 'lookup'",
        [`${tag}-%`],
      );
      expect(Number(rows[0]?.n)).toBe(20);
    });

    it('When one replica is killed mid-load, then every answered lookup is audited and the others keep serving', async () => {
      const victim = c.nodes[1];
      const tag = `kill-${randomUUID()}`;
      const pending = Array.from({ length: 30 }, (_, n) =>
        lookup(small(), `${tag}-${n}`).then((r) => [n, r.status] as const),
      );
      await new Promise((resolve) => setTimeout(resolve, 30));
      victim?.child.kill('SIGKILL');
      const results = await Promise.all(pending);
      for (const [n, status] of results)
        if (status === 200) expect(await audited(`${tag}-${n}`), `lookup ${n}`).toBe(1);
      // The survivors serve what comes next.
      const after = await Promise.all(Array.from({ length: 6 }, (_, n) => lookup(small(), `${tag}-after-${n}`)));
      expect(after.map((r) => r.status)).toEqual(Array(6).fill(200));
    });

    it('When a replica gets SIGTERM under load, then no request it accepted fails', async () => {
      const victim = c.nodes[2];
      const tag = `term-${randomUUID()}`;
      // Lookups big enough to be in flight when the signal lands.
      const pending = Array.from({ length: 12 }, (_, n) =>
        lookup(
          Array.from({ length: 300 }, (_, i) => String(BULK_FIRST_MEMBER + BigInt(5000 + n * 300 + i))),
          `${tag}-${n}`,
        ),
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      victim?.child.kill('SIGTERM');
      const statuses = (await Promise.all(pending)).map((r) => r.status);
      expect(statuses).toEqual(Array(12).fill(200));
      const exited = victim?.child.exitCode ?? (await new Promise<number | null>((r) => victim?.child.once('exit', r)));
      expect(exited).toBe(0);
      for (let n = 0; n < 12; n += 1) expect(await audited(`${tag}-${n}`)).toBe(1);
    });

    it('When Redis goes down, then lookups fail closed with 503 and no upstream call; when it returns, they work again', async () => {
      await c.redis.cut();
      try {
        await c.resetEmulatorStats();
        const down = await lookup(small(), `redis-down-${randomUUID()}`);
        expect(down.status).toBe(503);
        expect(((await down.json()) as { error: { code: string } }).error.code).toBe('service_unavailable');
        expect((await c.emulatorStats()).byAction[MEMBERS]?.calls ?? 0).toBe(0);
      } finally {
        await c.redis.restore();
      }
      let status = 0;
      for (let i = 0; i < 100 && status !== 200; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        status = (await lookup(small(), `redis-back-${i}`)).status;
      }
      expect(status).toBe(200);
    });

    it('When PostgreSQL goes down, then lookups get 503, never an answer without its audit record', async () => {
      await c.postgres.cut();
      const tag = `pg-down-${randomUUID()}`;
      try {
        const statuses = await Promise.all(
          Array.from({ length: 6 }, async (_, n) => (await lookup(small(), `${tag}-${n}`)).status),
        );
        expect(statuses).toEqual(Array(6).fill(503));
      } finally {
        await c.postgres.restore();
      }
      for (let n = 0; n < 6; n += 1) expect(await audited(`${tag}-${n}`)).toBe(0);
      let status = 0;
      for (let i = 0; i < 50 && status !== 200; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        status = (await lookup(small(), `pg-back-${i}`)).status;
      }
      expect(status).toBe(200);
    });
  },
);
