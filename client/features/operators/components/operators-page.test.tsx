import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OperatorChangeResult, OperatorSummary } from '../../../../contract/operators';
import { apiError, installFakeApi, ok } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { OperatorsCards } from './operators-cards';
import { OperatorsPage } from './operators-page';

const ADMIN: OperatorSummary = {
  username: 'mod-anna',
  role: 'admin',
  apps: ['*'],
  disabled: false,
  createdAt: '2026-11-01T08:00:00.000Z',
};
const GENERATED = 'Zq7-generated-Pw4x';
const SSO_VIEWER: OperatorSummary = {
  username: 'victor',
  role: 'viewer',
  apps: ['100001'],
  disabled: false,
  createdAt: '2026-11-20T08:00:00.000Z',
  sso: true,
};
const SSO_ABOUT = 'Single sign-on account: its role and apps come from the identity provider at each sign-in.';
/** The SSO chip in a row or card (the text sits in the chip's label; the chip holds the description), or null. */
const ssoChipIn = (container: HTMLElement) =>
  within(container).queryByText('SSO')?.closest('[aria-describedby]') ?? null;

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

  it('When an operator signs in by SSO, then their row carries the SSO chip with its meaning, and their menu has no Reset password but keeps Disable', async () => {
    const api = fakeOperatorsApi();
    api.on('GET /api/operators', () => ok([ADMIN, SSO_VIEWER]));
    const { user } = renderWithProviders(<OperatorsPage currentUsername="mod-anna" />);

    const row = (await screen.findByRole('cell', { name: /victor/ })).closest('tr') as HTMLElement;
    expect(ssoChipIn(row)).toHaveAccessibleDescription(SSO_ABOUT);
    const adminRow = screen.getByRole('cell', { name: /mod-anna/ }).closest('tr') as HTMLElement;
    expect(ssoChipIn(adminRow)).toBeNull();

    await user.click(within(row).getByRole('button', { name: 'Actions for victor' }));
    const items = screen.getAllByRole('menuitem').map((item) => item.textContent);
    expect(items).toEqual(['Change role', 'Change apps', 'Disable']);
    await user.keyboard('{Escape}');

    await user.click(within(adminRow).getByRole('button', { name: 'Actions for mod-anna' }));
    expect(screen.getByRole('menuitem', { name: 'Reset password' })).toBeVisible();
  });

  it.each([
    ['Change role', 'Change the role of victor', /groups in the identity provider set the role again/],
    ['Change apps', 'Change the apps of victor', /groups in the identity provider set the apps again/],
  ])(
    'When an admin picks %s for an SSO operator, then the dialog says the provider will set it again at the next sign-in',
    async (action, title, note) => {
      const api = fakeOperatorsApi();
      api.on('GET /api/operators', () => ok([ADMIN, SSO_VIEWER]));
      const { user } = renderWithProviders(<OperatorsPage currentUsername="mod-anna" />);

      await user.click(await screen.findByRole('button', { name: 'Actions for victor' }));
      await user.click(screen.getByRole('menuitem', { name: action }));

      expect(screen.getByRole('dialog', { name: title })).toHaveTextContent(note);
    },
  );

  it('When a local operator’s role dialog opens, then it carries no SSO note', async () => {
    fakeOperatorsApi();
    const { user } = renderWithProviders(<OperatorsPage currentUsername="mod-anna" />);

    await user.click(await screen.findByRole('button', { name: 'Actions for mod-anna' }));
    await user.click(screen.getByRole('menuitem', { name: 'Change role' }));

    expect(screen.getByRole('dialog', { name: 'Change the role of mod-anna' })).not.toHaveTextContent(/single sign-on/);
  });

  it('When operators show as phone cards, then an SSO operator’s card carries the SSO chip too', () => {
    renderWithProviders(
      <OperatorsCards
        operators={[ADMIN, SSO_VIEWER]}
        apps={[]}
        currentUsername="mod-anna"
        pendingUsername={null}
        onAction={() => {}}
      />,
    );

    const [adminCard, ssoCard] = within(screen.getByRole('list', { name: 'Operators' })).getAllByRole('listitem');
    expect(ssoChipIn(ssoCard as HTMLElement)).toHaveAccessibleDescription(SSO_ABOUT);
    expect(ssoChipIn(adminCard as HTMLElement)).toBeNull();
  });
});
