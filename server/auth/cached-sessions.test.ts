import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../db/database';
import { createRepositories } from '../repositories';
import type { AuthChanges } from './auth-changes';
import { cachedSessions } from './cached-sessions';
import type { SessionRepository } from './session-repository';

/** Change notices the test sends by hand, as PostgreSQL would on commit. */
function handNotices() {
  const listeners: Array<(operatorId: number | null) => void> = [];
  const changes = {
    listening: true,
    generation: 0,
    onChange: (listener: (operatorId: number | null) => void) => void listeners.push(listener),
    close: async () => {},
    notify(operatorId: number | null) {
      changes.generation += 1;
      for (const listener of listeners) listener(operatorId);
    },
  };
  return changes satisfies AuthChanges;
}

describe('Remembered sessions', () => {
  let dir: string;
  let handle: DatabaseHandle;
  let sessions: SessionRepository;
  let reads: number;
  let operatorIds: number[];
  const tokens: string[] = [];

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'imc-cached-'));
    handle = await openDatabase({ url: null, dataDir: dir });
    const repos = createRepositories(handle);
    operatorIds = [];
    tokens.length = 0;
    for (const username of ['ann', 'ben']) {
      await repos.operators.insert({ username, passwordHash: 'x', role: 'viewer', apps: ['*'] });
      const op = await repos.operators.findByUsername(username);
      if (!op) throw new Error('no operator');
      operatorIds.push(op.id);
      tokens.push(await repos.sessions.create(op.id, Date.now()));
    }
    reads = 0;
    sessions = {
      ...repos.sessions,
      findWithOperator: (token) => {
        reads += 1;
        return repos.sessions.findWithOperator(token);
      },
    };
  });
  afterEach(async () => {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('When notices arrive, then a session is read once and remembered', async () => {
    const cached = cachedSessions(sessions, handNotices());
    const [ann = ''] = tokens;
    expect((await cached.findWithOperator(ann))?.operator.username).toBe('ann');
    expect((await cached.findWithOperator(ann))?.operator.username).toBe('ann');
    expect(reads).toBe(1);
  });

  it('When notices are not arriving, then every request reads the database', async () => {
    const changes = handNotices();
    changes.listening = false;
    const cached = cachedSessions(sessions, changes);
    await cached.findWithOperator(tokens[0] ?? '');
    await cached.findWithOperator(tokens[0] ?? '');
    expect(reads).toBe(2);
  });

  it('When an operator changes, then only what was remembered of that operator is read again', async () => {
    const changes = handNotices();
    const cached = cachedSessions(sessions, changes);
    const [ann = '', ben = ''] = tokens;
    await cached.findWithOperator(ann);
    await cached.findWithOperator(ben);
    changes.notify(operatorIds[0] ?? 0);
    await cached.findWithOperator(ann);
    await cached.findWithOperator(ben);
    expect(reads).toBe(3);
    changes.notify(null); // anything may have changed: the notices were lost
    await cached.findWithOperator(ben);
    expect(reads).toBe(4);
  });

  it('When a notice arrives while the session is read, then what was read is not remembered', async () => {
    const changes = handNotices();
    const racing: SessionRepository = {
      ...sessions,
      findWithOperator: async (token) => {
        const found = await sessions.findWithOperator(token);
        changes.notify(operatorIds[0] ?? 0);
        return found;
      },
    };
    const cached = cachedSessions(racing, changes);
    await cached.findWithOperator(tokens[0] ?? '');
    await cached.findWithOperator(tokens[0] ?? '');
    expect(reads).toBe(2);
  });

  it('When this process signs a session out, then it is gone at once, before any notice', async () => {
    const cached = cachedSessions(sessions, handNotices());
    const [ann = ''] = tokens;
    await cached.findWithOperator(ann);
    await cached.delete(ann);
    expect(await cached.findWithOperator(ann)).toBeNull();
  });
});
