import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, OPERATOR } from '../testing/fake-api';
import { renderWithProviders } from '../testing/render-with-providers';
import { AppRoutes } from './app-routes';

describe('AppRoutes', () => {
  it('When the session expires mid-lookup, then after signing in the same lookup runs once more and answers', async () => {
    const api = installFakeApi();
    const { user } = renderWithProviders(<AppRoutes />, { route: '/' });
    await user.click(await screen.findByRole('textbox', { name: 'Conversation ID' }));
    await user.paste('7101234567890123456');
    await user.click(screen.getByRole('textbox', { name: 'User IDs' }));
    await user.paste('9223372036854775807\n7300000000000000099');
    await user.click(screen.getByRole('textbox', { name: 'Reason' }));
    await user.paste('TICKET-9');
    api.expireSession();

    await user.click(screen.getByRole('button', { name: 'Look up' }));
    expect(await screen.findByText(/^Your session has ended/)).toBeInTheDocument();
    await user.type(await screen.findByRole('textbox', { name: 'Username' }), OPERATOR.username);
    await user.type(screen.getByLabelText(/^Password/), 'correct-horse-battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('0 members · 2 not members')).toBeInTheDocument();
    const request = {
      appId: '100001',
      conversationId: '7101234567890123456',
      userIds: ['9223372036854775807', '7300000000000000099'],
      reason: 'TICKET-9',
    };
    // The first went out as the session expired (401); the second is the same lookup, resumed once.
    expect(api.callsTo('POST', '/api/lookups').map((call) => call.body)).toEqual([request, request]);
    expect(screen.getByRole('textbox', { name: 'Conversation ID' })).toHaveValue(request.conversationId);
    expect(screen.getByRole('textbox', { name: 'User IDs' })).toHaveValue(request.userIds.join('\n'));
    expect(screen.getByRole('textbox', { name: 'Reason' })).toHaveValue('TICKET-9');
  });
});
