import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LookupEvent, LookupRequest } from '../../../../contract/lookup';
import { conversationInfo, installFakeApi, stream } from '../../../testing/fake-api';
import { participant } from '../../../testing/participant';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { LookupPage } from './lookup-page';

const CONVERSATION_ID = '7101234567890123456';
const OWNER = '9223372036854775807';

const member = (userId: string) => participant(userId, { conversationId: CONVERSATION_ID, level: 1, nickname: 'Mira' });

function start(request: LookupRequest): LookupEvent {
  const userIds = request.userIds ?? [];
  return {
    type: 'start',
    mode: userIds.length ? 'lookup' : 'browse',
    appId: request.appId,
    conversationId: request.conversationId,
    userIds,
  };
}

async function submit(user: ReturnType<typeof renderWithProviders>['user'], userIds: string) {
  await user.click(await screen.findByRole('textbox', { name: 'Conversation ID' }));
  await user.paste(CONVERSATION_ID);
  if (userIds) {
    await user.click(screen.getByRole('textbox', { name: 'User IDs' }));
    await user.paste(userIds);
  }
}

describe('LookupPage: streamed jobs', () => {
  it('When the stream ends with service_unavailable, then the rows received are discarded and the error shown', async () => {
    const api = installFakeApi();
    api.on('POST /api/lookups', (call) =>
      stream([
        start(call.body as LookupRequest),
        { type: 'conversation', conversation: { state: 'found', conversation: conversationInfo(CONVERSATION_ID) } },
        { type: 'rows', participants: [member(OWNER)], notMembers: [] },
        {
          type: 'end',
          outcome: 'failed',
          browseError: null,
          requestIds: [],
          error: { code: 'service_unavailable', message: 'The lookup could not be recorded in the audit trail' },
        },
      ]),
    );
    const { user } = renderWithProviders(<LookupPage />);
    await submit(user, OWNER);

    await user.click(screen.getByRole('button', { name: 'Look up' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('service_unavailable');
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    expect(screen.queryByText('Mira')).not.toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('When User IDs is empty, then the button lists all members and sends a browse with its options', async () => {
    const api = installFakeApi();
    api.on('POST /api/lookups', (call) =>
      stream([
        start(call.body as LookupRequest),
        { type: 'conversation', conversation: { state: 'found', conversation: conversationInfo(CONVERSATION_ID) } },
        { type: 'rows', participants: [member(OWNER)], notMembers: [], position: 0 },
        { type: 'end', outcome: 'ok', browseError: null, requestIds: ['R1'] },
      ]),
    );
    const { user } = renderWithProviders(<LookupPage />);
    await submit(user, '');
    await user.click(screen.getByRole('checkbox', { name: 'Newest joined first' }));

    await user.click(screen.getByRole('button', { name: 'List all members' }));

    expect(await screen.findByRole('status')).toHaveTextContent(/^1 member$/);
    expect(api.callsTo('POST', '/api/lookups').map((call) => call.body)).toEqual([
      { appId: '100001', conversationId: CONVERSATION_ID, userIds: [], newestFirst: true },
    ]);
    expect(screen.getByRole('region', { name: 'Support room' })).toHaveTextContent('Group');
  });

  it('When the header fails but members are answered, then each part shows on its own', async () => {
    const api = installFakeApi();
    api.on('POST /api/lookups', (call) =>
      stream([
        start(call.body as LookupRequest),
        {
          type: 'conversation',
          conversation: {
            state: 'failed',
            error: { code: 'InternalError', message: 'boom', requestId: 'REQ-1', status: 503 },
          },
        },
        { type: 'rows', participants: [member(OWNER)], notMembers: [] },
        { type: 'end', outcome: 'ok', browseError: null, requestIds: ['R1'] },
      ]),
    );
    const { user } = renderWithProviders(<LookupPage />);
    await submit(user, OWNER);

    await user.click(screen.getByRole('button', { name: 'Look up' }));

    expect(await screen.findByRole('status')).toHaveTextContent('1 member · 0 not members');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent("Could not load the conversation's details");
    expect(within(alert).getByText('REQ-1')).toBeInTheDocument();
  });

  it('When the conversation is unknown, then it says so and shows no member rows', async () => {
    const api = installFakeApi();
    api.on('POST /api/lookups', (call) =>
      stream([
        start(call.body as LookupRequest),
        { type: 'conversation', conversation: { state: 'unknown' } },
        { type: 'end', outcome: 'ok', browseError: null, requestIds: ['R1'] },
      ]),
    );
    const { user } = renderWithProviders(<LookupPage />);
    await submit(user, OWNER);

    await user.click(screen.getByRole('button', { name: 'Look up' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('No such conversation');
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
