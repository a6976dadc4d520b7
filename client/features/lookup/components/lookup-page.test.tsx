import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LookupRequest } from '../../../../contract/lookup';
import { useConfig } from '../../../lib/console-config';
import { apiError, type FakeAnswer, installFakeApi } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { loadPendingLookup, saveFormDraft, savePendingLookup } from '../lookup-draft';
import { LookupPage } from './lookup-page';

const CONVERSATION_ID = '7101234567890123456';
const USER_IDS = ['9223372036854775807', '9007199254740993', '7300000000000000011', '7300000000000000012'];

const field = (name: string) => screen.getByRole('textbox', { name });

/** Fills the form with a valid lookup, as a moderator pasting IDs would, and sends it. */
async function lookUp(user: ReturnType<typeof renderWithProviders>['user']) {
  await user.click(await screen.findByRole('textbox', { name: 'Conversation ID' }));
  await user.paste(CONVERSATION_ID);
  await user.click(field('User IDs'));
  await user.paste(USER_IDS.join('\n'));
  await user.click(field('Reason'));
  await user.paste('TICKET-7');
  await user.click(screen.getByRole('button', { name: 'Look up' }));
}

describe('LookupPage: errors the server pins on a field', () => {
  // The server names the field and the rule it broke; the client words it (in the operator's language).
  it.each([
    [
      'conversationId',
      'id_range',
      'Conversation ID',
      'Conversation ID must be a decimal integer from 1 to 9223372036854775807.',
    ],
    ['userIds.3', 'id_range', 'User IDs', 'User ID no. 4 must be a decimal integer from 1 to 9223372036854775807.'],
    ['reason', 'invalid', 'Reason', 'Reason is not valid.'],
  ])('When a 400 names %s (%s), then the %s field is marked with the message', async (name, rule, label, message) => {
    const api = installFakeApi();
    api.on('POST /api/lookups', () =>
      apiError(400, 'invalid_request', `${name} is wrong`, { field: name, params: { rule } }),
    );
    const { user } = renderWithProviders(<LookupPage />);

    await lookUp(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(field(label)).toBeInvalid();
    expect(field(label)).toHaveAccessibleDescription(expect.stringContaining(message));
    for (const other of ['Conversation ID', 'User IDs', 'Reason'].filter((l) => l !== label)) {
      expect(field(other)).toBeValid();
    }
  });

  it('When the operator changes the rejected value, then the field is no longer marked', async () => {
    const api = installFakeApi();
    const message = 'Conversation ID must be a decimal integer from 1 to 9223372036854775807.';
    api.on('POST /api/lookups', () =>
      apiError(400, 'invalid_request', 'conversationId is out of range', {
        field: 'conversationId',
        params: { rule: 'id_range' },
      }),
    );
    const { user } = renderWithProviders(<LookupPage />);
    await lookUp(user);
    await screen.findByRole('alert');

    await user.type(field('Conversation ID'), '{Backspace}');

    expect(field('Conversation ID')).toBeValid();
    expect(field('Conversation ID')).not.toHaveAccessibleDescription(expect.stringContaining(message));
  });

  it.each<[string, FakeAnswer]>([
    [
      'an upstream failure',
      apiError(502, 'upstream_error', 'Volcengine refused the call: AccessDenied', {
        upstream: { code: 'AccessDenied', message: 'AccessDenied', requestId: '20261126041505ABCDEF' },
      }),
    ],
    [
      'a 400 about the body as a whole',
      apiError(400, 'malformed_json', 'The body is not valid JSON', { field: 'body' }),
    ],
  ])('When the lookup fails with %s, then the alert shows it and no field is marked', async (_name, answer) => {
    const api = installFakeApi();
    api.on('POST /api/lookups', () => answer);
    const { user } = renderWithProviders(<LookupPage />);

    await lookUp(user);

    expect(await screen.findByRole('alert')).toBeInTheDocument();
    for (const label of ['Conversation ID', 'User IDs', 'Reason']) expect(field(label)).toBeValid();
  });
});

/** Mounts the page only once the console settings are in the cache. */
function AfterConfig() {
  return useConfig().isSuccess ? <LookupPage /> : null;
}

describe('LookupPage: resuming a lookup cut short by an expired session', () => {
  const pending: LookupRequest = {
    appId: '100002',
    conversationId: CONVERSATION_ID,
    userIds: USER_IDS.slice(0, 2),
    reason: 'TICKET-42',
  };
  /** What lookup-page leaves behind when a lookup answers 401: the form as typed, and the lookup to run again. */
  function leavePendingLookup() {
    saveFormDraft({
      appId: pending.appId,
      conversationId: pending.conversationId,
      userIdsText: (pending.userIds ?? []).join('\n'),
      reason: pending.reason ?? '',
    });
    savePendingLookup(pending);
  }

  it.each([
    ['while the settings load', <LookupPage key="page" />],
    // As in the app, where the console layout has fetched the settings before the page's code arrives.
    ['after the settings loaded', <AfterConfig key="page" />],
  ])(
    'When the page mounts with a pending lookup %s, then it runs once with the same values, which the form shows',
    async (_settings, page) => {
      const api = installFakeApi();
      leavePendingLookup();

      renderWithProviders(page);

      expect(await screen.findByRole('status')).toHaveTextContent('0 members · 2 not members');
      expect(api.callsTo('POST', '/api/lookups').map((call) => call.body)).toEqual([pending]);
      expect(field('Conversation ID')).toHaveValue(pending.conversationId);
      expect(field('User IDs')).toHaveValue((pending.userIds ?? []).join('\n'));
      expect(field('Reason')).toHaveValue('TICKET-42');
      expect(screen.getByRole('combobox', { name: 'App' })).toHaveTextContent('Live');
    },
  );

  it("When the resumed lookup has answered and the page mounts again, then the next lookup is the operator's own", async () => {
    const api = installFakeApi();
    leavePendingLookup();
    const first = renderWithProviders(<LookupPage />);
    await screen.findByRole('status');
    first.unmount();

    const { user } = renderWithProviders(<LookupPage />);
    expect(await screen.findByRole('textbox', { name: 'Conversation ID' })).toHaveValue(pending.conversationId);
    await user.clear(field('User IDs'));
    await user.paste(USER_IDS[3] ?? '');
    await user.click(screen.getByRole('button', { name: 'Look up' }));

    // A rerun would have gone out as the page mounted, before this lookup was even typed.
    expect(await screen.findByRole('status')).toHaveTextContent('0 members · 1 not a member');
    expect(api.callsTo('POST', '/api/lookups').map((call) => call.body)).toEqual([
      pending,
      { ...pending, userIds: [USER_IDS[3]] },
    ]);
    expect(loadPendingLookup()).toBeNull();
  });
});
