import { act, screen } from '@testing-library/react';
import { useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { LookupRequest } from '../../../contract/lookup';
import { apiError, installFakeApi, ok } from '../../testing/fake-api';
import { renderWithProviders } from '../../testing/render-with-providers';
import { LookupPage } from './components/lookup-page';
import { saveFormDraft } from './lookup-draft';

const CONVERSATION_ID = '7101234567890123456';
const A = ['9223372036854775807', '9007199254740993'];
const B = ['7300000000000000011'];
const address = (users: string[]) => `/?app=100001&conversation=${CONVERSATION_ID}&users=${users.join(',')}`;

let go: ReturnType<typeof useNavigate> | null = null;
function Page() {
  go = useNavigate();
  return <LookupPage />;
}

const lookups = (api: ReturnType<typeof installFakeApi>) =>
  api.callsTo('POST', '/api/lookups').map((call) => (call.body as LookupRequest).userIds);

describe('useLookupUrl', () => {
  it('When the page opens at a lookup address in StrictMode, then the address wins over the draft and runs once', async () => {
    const api = installFakeApi();
    saveFormDraft({ appId: '100002', conversationId: '42', userIdsText: '5', reason: 'TICKET-9' });
    renderWithProviders(<Page />, { route: address(A) });

    expect(await screen.findByRole('status')).toHaveTextContent('0 members · 2 not members');
    expect(screen.getByRole('textbox', { name: 'Conversation ID' })).toHaveValue(CONVERSATION_ID);
    expect(screen.getByRole('textbox', { name: 'User IDs' })).toHaveValue(A.join('\n'));
    // The reason is the operator's own, from the form; it is never part of an address.
    expect(screen.getByRole('textbox', { name: 'Reason' })).toHaveValue('TICKET-9');
    expect(api.callsTo('POST', '/api/lookups').map((call) => call.body)).toEqual([
      {
        appId: '100001',
        conversationId: CONVERSATION_ID,
        userIds: A,
        newestFirst: false,
        onlineOnly: false,
        reason: 'TICKET-9',
      },
    ]);
  });

  it('When the address changes to another lookup (back/forward), then that one runs, each once', async () => {
    const api = installFakeApi();
    renderWithProviders(<Page />, { route: address(A) });
    expect(await screen.findByRole('status')).toHaveTextContent('2 not members');

    act(() => go?.(address(B)));
    expect(await screen.findByRole('status')).toHaveTextContent('1 not a member');
    expect(screen.getByRole('textbox', { name: 'User IDs' })).toHaveValue(B.join('\n'));
    act(() => go?.(-1));
    expect(await screen.findByRole('status')).toHaveTextContent('2 not members');
    expect(lookups(api)).toEqual([A, B, A]);
  });

  it('When the operator looks up from the form, then the address follows and the lookup runs once', async () => {
    const api = installFakeApi();
    const { user } = renderWithProviders(<Page />, { route: '/' });
    await user.click(await screen.findByRole('textbox', { name: 'Conversation ID' }));
    await user.paste(CONVERSATION_ID);
    await user.click(screen.getByRole('textbox', { name: 'User IDs' }));
    await user.paste(B.join(','));
    await user.click(screen.getByRole('button', { name: 'Look up' }));

    expect(await screen.findByRole('status')).toHaveTextContent('1 not a member');
    expect(await screen.findByRole('button', { name: 'Copy link' })).toBeVisible();
    expect(lookups(api)).toEqual([B]);
  });

  it('When a saved link has expired, then the page says so and runs nothing', async () => {
    const api = installFakeApi();
    api.on('GET /api/saved-lookups/AAAAAAAAAAAAAAAAAAAAAA', () => apiError(404, 'not_found', 'No such saved lookup'));
    renderWithProviders(<Page />, { route: '/l/AAAAAAAAAAAAAAAAAAAAAA' });

    expect(await screen.findByText('This link has expired or does not exist')).toBeVisible();
    expect(screen.getByRole('link', { name: 'New lookup' })).toHaveAttribute('href', '/');
    expect(lookups(api)).toEqual([]);
  });

  it('When a saved link opens, then its question fills the form and runs', async () => {
    const api = installFakeApi();
    api.on('GET /api/saved-lookups/BBBBBBBBBBBBBBBBBBBBBB', () =>
      ok({
        id: 'BBBBBBBBBBBBBBBBBBBBBB',
        appId: '100002',
        conversationId: CONVERSATION_ID,
        userIds: A,
        newestFirst: false,
        onlineOnly: false,
        createdAt: '2026-11-26T10:00:00.000Z',
        expiresAt: '2026-12-26T10:00:00.000Z',
      }),
    );
    renderWithProviders(<Page />, { route: '/l/BBBBBBBBBBBBBBBBBBBBBB' });

    expect(await screen.findByRole('status')).toHaveTextContent('2 not members');
    expect(screen.getByRole('textbox', { name: 'User IDs' })).toHaveValue(A.join('\n'));
    expect(api.callsTo('POST', '/api/lookups').map((call) => call.body)).toEqual([
      { appId: '100002', conversationId: CONVERSATION_ID, userIds: A, newestFirst: false, onlineOnly: false },
    ]);
  });
});
