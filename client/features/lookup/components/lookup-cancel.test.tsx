import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { LookupEvent } from '../../../../contract/lookup';
import { conversationInfo, installFakeApi } from '../../../testing/fake-api';
import { participant } from '../../../testing/participant';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { LookupPage } from './lookup-page';

const CONVERSATION_ID = '7101234567890123456';
const IDS = ['9223372036854775807', '9007199254740993', '7300000000000000011'];

const member = (userId: string) => participant(userId, { conversationId: CONVERSATION_ID, level: 1, nickname: 'Mira' });

/**
 * A lookup stream that sends its first batch and then stays open, as a big job does; it fails the way a real
 * fetch body does when the page aborts. Returns the signal the page passed, to see whether it was aborted.
 */
function holdLookupStreamOpen() {
  const inner = globalThis.fetch;
  const sent: { signal: AbortSignal | null } = { signal: null };
  const events: LookupEvent[] = [
    { type: 'start', mode: 'lookup', appId: '100001', conversationId: CONVERSATION_ID, userIds: IDS },
    { type: 'conversation', conversation: { state: 'found', conversation: conversationInfo(CONVERSATION_ID) } },
    { type: 'rows', participants: [member(IDS[0] ?? '')], notMembers: [] },
    { type: 'progress', callsDone: 2, callsTotal: 4, found: 1, notMembers: 0, unchecked: 0, etaMs: 20 },
  ];
  vi.stubGlobal('fetch', (input: string | URL | Request, init: RequestInit = {}) => {
    if (!String(input).includes('/api/lookups')) return inner(input, init);
    sent.signal = init.signal ?? null;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(events.map((e) => `${JSON.stringify(e)}\n`).join('')));
        init.signal?.addEventListener('abort', () => controller.error(new DOMException('Aborted', 'AbortError')));
      },
    });
    return Promise.resolve(new Response(body, { status: 200, headers: { 'Content-Type': 'application/x-ndjson' } }));
  });
  return sent;
}

async function startLookup(user: ReturnType<typeof renderWithProviders>['user']) {
  await user.click(await screen.findByRole('textbox', { name: 'Conversation ID' }));
  await user.paste(CONVERSATION_ID);
  await user.click(screen.getByRole('textbox', { name: 'User IDs' }));
  await user.paste(IDS.join('\n'));
  await user.click(screen.getByRole('button', { name: 'Look up' }));
}

describe('LookupPage: cancelling a running job', () => {
  it('When Cancel is pressed, then the request is aborted and the rows received stay, marked partial', async () => {
    installFakeApi();
    const sent = holdLookupStreamOpen();
    const { user } = renderWithProviders(<LookupPage />);
    await startLookup(user);
    expect(await screen.findByText('2 of 4 calls')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(await screen.findByText('Cancelled after 2 of 4 calls — partial results')).toBeInTheDocument();
    expect(sent.signal?.aborted).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent('1 member · 0 not members · 2 not checked');
    expect(screen.getByRole('button', { name: 'Retry 2 not checked' })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar', { name: 'Lookup progress' })).not.toBeInTheDocument();
  });

  it('When the page unmounts mid-job, then the request is aborted', async () => {
    installFakeApi();
    const sent = holdLookupStreamOpen();
    const { user, unmount } = renderWithProviders(<LookupPage />);
    await startLookup(user);
    await screen.findByText('2 of 4 calls');

    unmount();

    await vi.waitFor(() => expect(sent.signal?.aborted).toBe(true));
  });
});
