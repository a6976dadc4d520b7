import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../contract/audit';
import { startTestConsole, type TestConsole } from '../testing/start-test-console';

const lookup = (overrides: Record<string, unknown>) => ({
  appId: '100001',
  conversationId: '7101234567890123456',
  userIds: ['9223372036854775807'],
  ...overrides,
});
const auditTotal = async (t: TestConsole) => ((await (await t.get('/api/audit?pageSize=1')).json()) as AuditPage).total;

describe('Lookup input hygiene', () => {
  let t: TestConsole;
  beforeAll(async () => {
    t = await startTestConsole();
  });
  afterAll(() => t.close());

  it('When the appId is 90 kB of digits, then it is a 400 naming appId, nothing goes upstream and no audit row holds it', async () => {
    const huge = '1'.repeat(90_000);
    const before = await auditTotal(t);

    const res = await t.post('/api/lookups', lookup({ appId: huge }));

    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        code: 'invalid_request',
        message: 'appId is at most 20 characters',
        field: 'appId',
        params: { rule: 'too_long', limit: 20 },
      },
    });
    expect(t.takeReceived()).toHaveLength(0);
    expect(await auditTotal(t)).toBe(before);
    expect(await (await t.get('/api/audit.csv')).text()).not.toContain('1'.repeat(21));
  });

  it('When the reason holds a NUL, then it is a 400 naming reason and nothing goes upstream', async () => {
    const res = await t.post('/api/lookups', lookup({ reason: 'TICKET-1\u0000; DROP' }));

    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        code: 'invalid_request',
        message: 'reason must not contain NUL characters',
        field: 'reason',
        params: { rule: 'invalid' },
      },
    });
    expect(t.takeReceived()).toHaveLength(0);
  });

  it('When the reason holds other control or bidi characters, then it is kept exactly as typed', async () => {
    const reason = 'TICKET-2 \u202Egnp.exe\u202C bell\u0007 tab\there';

    const res = await t.post('/api/lookups', lookup({ reason }));

    expect(res.status).toBe(200);
    const [record] = ((await (await t.get('/api/audit?event=lookup&pageSize=1')).json()) as AuditPage).records;
    expect(record?.reason).toBe(reason);
  });
});
