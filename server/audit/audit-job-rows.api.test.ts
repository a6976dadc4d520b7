import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AuditPage } from '../../contract/audit';
import { DEMO_EXAMPLE } from '../demo/demo-constants';
import { readNdjson } from '../testing/read-ndjson';
import { ADMIN, startTestConsole, type TestConsole } from '../testing/start-test-console';
import { verifyAuditTrail } from './verify-audit-trail';

const STREAMED_USER = '7300000000000000601';
const ORPHAN_USER = '7300000000000000602';
const PLAIN_USER = '7300000000000000603';

/** The same checks on both databases: the listing's "one row per job" is SQL each dialect must get right. */
function oneRowPerJob(name: string, postgres: boolean) {
  describe.skipIf(postgres && !inject('services').postgres)(`The audit listing on ${name}`, () => {
    let t: TestConsole;
    let orphanId: number;
    beforeAll(async () => {
      t = await startTestConsole({ postgres });
      const lookup = { appId: '100001', conversationId: DEMO_EXAMPLE.conversationId };
      // A streamed job (two records: started, then ok), a plain JSON one (one record), and a job whose final
      // record never came, as when the server dies mid-job.
      const streamed = await t.post(
        '/api/lookups',
        { ...lookup, userIds: [STREAMED_USER], reason: 'job-streamed' },
        { Accept: 'application/x-ndjson' },
      );
      expect((await readNdjson(streamed)).at(-1)).toMatchObject({ type: 'end', outcome: 'ok' });
      expect((await t.post('/api/lookups', { ...lookup, userIds: [PLAIN_USER], reason: 'job-plain' })).status).toBe(
        200,
      );
      orphanId = await t.services.audit.append({
        event: 'lookup',
        operator: ADMIN.username,
        appId: lookup.appId,
        conversationId: lookup.conversationId,
        userIds: [ORPHAN_USER],
        outcome: 'started',
        reason: 'job-orphan',
        details: { streamed: true },
      });
    }, 60_000);
    afterAll(() => t?.close());
    const audit = async (query: string) => (await (await t.get(`/api/audit?${query}`)).json()) as AuditPage;

    it('When a job was streamed, then it lists as one row with the final outcome, naming its started record', async () => {
      const stored = await t.database.db
        .selectFrom('audit_log')
        .select(['id', 'outcome', 'started_record'])
        .where('reason', '=', 'job-streamed')
        .orderBy('id')
        .execute();
      const [started, final] = stored;

      const page = await audit(`userId=${STREAMED_USER}`);

      expect(stored.map((r) => r.outcome)).toEqual(['started', 'ok']);
      expect(final?.started_record).toBe(started?.id);
      expect(page.total).toBe(1);
      expect(page.records).toHaveLength(1);
      expect(page.records[0]).toMatchObject({ id: final?.id, outcome: 'ok', details: { startedRecord: started?.id } });
    });

    it('When a job has no final record, then its started row stays listed', async () => {
      const page = await audit(`userId=${ORPHAN_USER}`);

      expect(page.total).toBe(1);
      expect(page.records[0]).toMatchObject({ id: orphanId, outcome: 'started', reason: 'job-orphan' });
    });

    it('When filtering by outcome, then "started" finds only the job without a final record', async () => {
      const started = await audit('outcome=started');
      const ok = await audit('outcome=ok&event=lookup');

      expect(started.records.map((r) => r.id)).toEqual([orphanId]);
      expect(started.total).toBe(1);
      expect(ok.records.map((r) => r.reason).sort()).toEqual(['job-plain', 'job-streamed']);
      expect(ok.total).toBe(2);
    });

    it('When the whole log is paged and exported, then the count, the pages and the CSV agree on one row per job', async () => {
      const first = await audit('pageSize=2&page=0');
      const rest: AuditPage['records'] = [];
      for (let page = 1; page * 2 < first.total; page += 1)
        rest.push(...(await audit(`pageSize=2&page=${page}`)).records);
      const csv = await (await t.get('/api/audit.csv?event=lookup')).text();
      const lookups = await audit('event=lookup');

      const listed = [...first.records, ...rest];
      expect(listed).toHaveLength(first.total);
      expect(new Set(listed.map((r) => r.id)).size).toBe(first.total);
      const lines = csv.trim().split('\n').slice(1);
      expect(lines).toHaveLength(lookups.total);
      expect(lookups.records.map((r) => r.reason)).toEqual(['job-orphan', 'job-plain', 'job-streamed']);
      expect(lines.map((line) => line.match(/job-\w+/)?.[0])).toEqual(['job-orphan', 'job-plain', 'job-streamed']);
      expect(lines[0]).toContain(',started,');
    });

    it('When the trail is verified, then the chain and the started-record links hold', async () => {
      expect(await verifyAuditTrail(t.database)).toMatchObject({ broken: null, missingGuards: [] });
    });
  });
}

oneRowPerJob('SQLite', false);
oneRowPerJob('PostgreSQL', true);
