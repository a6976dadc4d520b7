import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../db/database';
import { createOidcFlowRepository, OIDC_FLOW_TTL_MS, TooManyFlows } from './oidc-flow-repository';

const FLOW = { state: 's', nonce: 'n', codeVerifier: 'v', returnTo: '/audit' };

describe('The store of pending sign-ins', () => {
  let dir: string;
  let handle: DatabaseHandle;
  const clock = { at: 1_000_000 };
  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'imc-flows-'));
    handle = await openDatabase({ url: null, dataDir: dir, sqliteSynchronous: 'normal' });
  });
  afterEach(async () => {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('When a flow is taken, then it comes back once and never again', async () => {
    const flows = createOidcFlowRepository(handle.db, () => clock.at);
    await flows.save('cookie-1', FLOW);
    expect(await flows.take('cookie-1')).toEqual(FLOW);
    expect(await flows.take('cookie-1')).toBeNull();
    expect(await flows.take('never-issued')).toBeNull();
  });

  it('When a flow is older than its lifetime, then it is not honoured', async () => {
    const flows = createOidcFlowRepository(handle.db, () => clock.at);
    await flows.save('cookie-2', FLOW);
    clock.at += OIDC_FLOW_TTL_MS + 1;
    expect(await flows.take('cookie-2')).toBeNull();
  });

  it('When too many flows are unfinished, then new ones are refused until the old expire', async () => {
    const flows = createOidcFlowRepository(handle.db, () => clock.at, 3);
    for (const id of ['a', 'b', 'c']) await flows.save(id, FLOW);
    await expect(flows.save('d', FLOW)).rejects.toBeInstanceOf(TooManyFlows);
    clock.at += OIDC_FLOW_TTL_MS + 1;
    await expect(flows.save('d', FLOW)).resolves.toBeUndefined();
  });

  it('When the database is read behind the console, then it holds only a hash of the cookie', async () => {
    const flows = createOidcFlowRepository(handle.db, () => clock.at);
    await flows.save('secret-cookie-value', FLOW);
    const rows = await handle.db.selectFrom('oidc_flows').select('id_hash').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain('secret-cookie-value');
  });
});
