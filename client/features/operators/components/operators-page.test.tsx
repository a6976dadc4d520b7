import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OperatorChangeResult, OperatorSummary } from '../../../../contract/operators';
import { apiError, installFakeApi, ok } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { OperatorsPage } from './operators-page';

const ADMIN: OperatorSummary = {
  username: 'mod-anna',
  role: 'admin',
  apps: ['*'],
  disabled: false,
  createdAt: '2026-11-01T08:00:00.000Z',
};
const GENERATED = 'Zq7-generated-Pw4x';

function fakeOperatorsApi() {
  const api = installFakeApi();
  const operators: OperatorSummary[] = [ADMIN];
  api.on('GET /api/operators', () => ok(operators));
  api.on('POST /api/operators', (call) => {
    const body = call.body as { username: string; role: 'viewer' | 'admin'; apps: string[] };
    const created: OperatorSummary = { ...body, disabled: false, createdAt: '2026-11-26T09:00:00.000Z' };
    operators.push(created);
    return { status: 201, body: { ...created, generatedPassword: GENERATED } satisfies OperatorChangeResult };
  });
  return api;
}

/** Every value the page's React Query caches hold, as one string to search. */
function cachedText(queryClient: ReturnType<typeof renderWithProviders>['queryClient']): string {
  const queries = queryClient
    .getQueryCache()
    .getAll()
    .map((query) => query.state.data);
  const mutations = queryClient
    .getMutationCache()
    .getAll()
    .map((mutation) => [mutation.state.data, mutation.state.variables]);
  return JSON.stringify([queries, mutations]);
}

describe('OperatorsPage', () => {
  it('When an operator is added with a generated password, then it is shown once and forgotten on close', async () => {
    const api = fakeOperatorsApi();
    const { user, queryClient } = renderWithProviders(<OperatorsPage currentUsername="mod-anna" />);

    await user.click(await screen.findByRole('button', { name: 'Add operator' }));
    const form = screen.getByRole('dialog', { name: 'Add an operator' });
    await user.click(within(form).getByRole('textbox', { name: 'Username' }));
    await user.paste('olga');
    await user.click(within(form).getByRole('combobox', { name: /Apps/ }));
    await user.click(screen.getByRole('option', { name: /Live/ }));
    await user.keyboard('{Escape}');
    await user.click(within(form).getByRole('button', { name: 'Add operator' }));

    const shown = await screen.findByRole('dialog', { name: 'olga was added' });
    expect(within(shown).getByRole('textbox', { name: 'Password for olga' })).toHaveValue(GENERATED);
    expect(within(shown).getByText(/will not be shown again/)).toBeVisible();
    expect(api.callsTo('POST', '/api/operators')[0]?.body).toEqual({
      username: 'olga',
      role: 'viewer',
      apps: ['100002'],
    });

    await user.click(within(shown).getByRole('button', { name: 'Done' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('cell', { name: 'olga' })).toBeVisible();
    expect(document.body).not.toHaveTextContent(GENERATED);
    await waitFor(() => expect(cachedText(queryClient)).not.toContain(GENERATED));
  });

  it('When a chosen password is too short, then the field says so and nothing is sent', async () => {
    const api = fakeOperatorsApi();
    const { user } = renderWithProviders(<OperatorsPage currentUsername="mod-anna" />);

    await user.click(await screen.findByRole('button', { name: 'Add operator' }));
    const form = screen.getByRole('dialog', { name: 'Add an operator' });
    await user.click(within(form).getByRole('textbox', { name: 'Username' }));
    await user.paste('olga');
    await user.click(within(form).getByRole('radio', { name: 'Set a password' }));
    await user.click(within(form).getByLabelText(/New password/));
    await user.paste('short');
    await user.click(within(form).getByRole('button', { name: 'Add operator' }));

    expect(within(form).getByLabelText(/New password/)).toBeInvalid();
    expect(within(form).getByLabelText(/New password/)).toHaveAccessibleDescription('Use at least 12 characters.');
    expect(api.callsTo('POST', '/api/operators')).toHaveLength(0);
  });

  it('When the server refuses a demotion of the own account, then the role dialog says so plainly', async () => {
    const api = fakeOperatorsApi();
    api.on('PATCH /api/operators/mod-anna', () =>
      apiError(400, 'invalid_request', 'You cannot disable or demote your own account', {
        field: 'username',
        params: { rule: 'own_account' },
      }),
    );
    const { user } = renderWithProviders(<OperatorsPage currentUsername="mod-anna" />);

    await user.click(await screen.findByRole('button', { name: 'Actions for mod-anna' }));
    await user.click(screen.getByRole('menuitem', { name: 'Change role' }));
    const dialog = screen.getByRole('dialog', { name: 'Change the role of mod-anna' });
    await user.click(within(dialog).getByRole('radio', { name: /Viewer/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'You cannot disable or demote your own account.',
    );
    expect(api.callsTo('PATCH', '/api/operators/mod-anna')[0]?.body).toEqual({ role: 'viewer' });
  });

  it('When a username is taken, then the Username field is marked with the reason until the name changes', async () => {
    const api = fakeOperatorsApi();
    api.on('POST /api/operators', () =>
      apiError(409, 'conflict', 'an operator named olga exists', { field: 'username', params: { rule: 'exists' } }),
    );
    const { user } = renderWithProviders(<OperatorsPage currentUsername="mod-anna" />);

    await user.click(await screen.findByRole('button', { name: 'Add operator' }));
    const form = screen.getByRole('dialog', { name: 'Add an operator' });
    await user.click(within(form).getByRole('textbox', { name: 'Username' }));
    await user.paste('olga');
    await user.click(within(form).getByRole('button', { name: 'Add operator' }));

    const username = within(form).getByRole('textbox', { name: 'Username' });
    await waitFor(() => expect(username).toBeInvalid());
    expect(username).toHaveAccessibleDescription('An operator with that name already exists.');

    await user.type(username, '2');
    expect(username).toBeValid();
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
  });
});
