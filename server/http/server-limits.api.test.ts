import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EXAMPLE } from '../demo/demo-constants';
import { rawRequest, rawSocket, readUntilClosed } from '../testing/raw-http';
import { startTestConsole, type TestConsole } from '../testing/start-test-console';

/** Writes one byte at a time, a little apart, until the server closes the socket or the bytes run out. */
async function trickle(socket: Socket, text: string): Promise<number> {
  let sent = 0;
  for (const char of text) {
    if (socket.destroyed || socket.writableEnded) break;
    socket.write(char);
    sent += 1;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return sent;
}

describe('Server limits', () => {
  let t: TestConsole;
  beforeAll(async () => {
    // Tiny limits so the test is quick; the sweep runs often enough to notice them.
    t = await startTestConsole({
      env: { VOLC_TIMEOUT_MS: '1500' },
      serverLimits: { headersTimeoutMs: 300, requestTimeoutMs: 600, checkIntervalMs: 50, maxConnections: 4 },
    });
  });
  afterAll(() => t.close());

  it('When a client sends its headers a byte at a time (slow-loris), then the server closes the connection', async () => {
    const socket = await rawSocket(t.base);
    const received = readUntilClosed(socket);
    // Far more bytes than fit in the header timeout at one per 20 ms: the trickle would outlast it many times.
    const endless = `GET /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ${'a'.repeat(1000)}`;

    const sent = await trickle(socket, endless);

    expect(sent).toBeLessThan(endless.length);
    expect(await received).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('When a client sends its body a byte at a time, then the server closes the connection', async () => {
    const socket = await rawSocket(t.base);
    const received = readUntilClosed(socket);
    const body = JSON.stringify({ username: 'someone', password: 'x'.repeat(1000) });
    socket.write(
      `POST /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
    );

    const sent = await trickle(socket, body);

    expect(sent).toBeLessThan(body.length);
    expect(await received).toMatch(/408/);
  });

  it('When answering takes longer than the request timeout, then the answer still arrives', async () => {
    // The emulator doesn't answer the first member call, so the console waits VOLC_TIMEOUT_MS (1.5 s) before it
    // retries — past the 0.6 s request timeout, which bounds receiving the request, not the answer.
    t.emulator.faults.add({ kind: 'timeout', count: 1, action: 'BatchGetConversationParticipant' });

    const res = await rawRequest(t.base, '/api/lookups', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: t.adminCookie },
      body: JSON.stringify(DEMO_EXAMPLE),
    });

    expect(res.status).toBe(200);
    expect(JSON.parse(res.body.toString())).toMatchObject({
      outcome: 'ok',
      conversationId: DEMO_EXAMPLE.conversationId,
    });
  });

  it('When more connections are open than the cap, then the extra one is closed unanswered, and later ones are served', async () => {
    const held: Socket[] = [];
    const outcomes: string[] = [];
    try {
      // Keep-alive connections, one after another, each kept open: answered while under the cap of 4,
      // closed unanswered after it. (Connections the test console opened itself may already count.)
      for (let i = 0; i < 5 && !outcomes.includes('refused'); i += 1) {
        const socket = await rawSocket(t.base);
        held.push(socket);
        const outcome = new Promise<string>((resolve) => {
          socket.once('data', () => resolve('answered'));
          socket.once('close', () => resolve('refused'));
        });
        socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
        outcomes.push(await outcome);
      }

      expect(outcomes.at(-1)).toBe('refused');
      expect(outcomes.filter((o) => o === 'answered').length).toBeLessThanOrEqual(4);
    } finally {
      for (const socket of held) socket.destroy();
    }
    await expect.poll(async () => (await rawRequest(t.base, '/healthz').catch(() => null))?.status).toBe(200);
  });
});
