import { screen } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { apiRequest } from '../../../lib/api-client';
import { apiError, installFakeApi, OPERATOR, ok } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { useOperator } from '../operator-context';
import { useSessionExpiry } from '../use-session-expiry';
import { RequireSession } from './require-session';
import { SignInPage } from './sign-in-page';

/** A page behind the gate that says who it is for and where it is, and talks to the API on demand. */
function ProtectedPage() {
  const operator = useOperator();
  const location = useLocation();
  return (
    <main>
      <h2>Records for {operator.username}</h2>
      <p>Showing {location.pathname + location.search}</p>
      <button type="button" onClick={() => apiRequest('/api/audit').catch(() => {})}>
        Refresh
      </button>
    </main>
  );
}

/** The routes as the app wires them (app-routes.tsx), with ProtectedPage in place of the console's pages. */
function GatedRoutes() {
  useSessionExpiry();
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route element={<RequireSession />}>
        <Route path="*" element={<ProtectedPage />} />
      </Route>
    </Routes>
  );
}

const EXPIRED_TEXT = 'Your session has ended. Sign in again to continue where you left off.';

describe('RequireSession', () => {
  it('When the operator is signed in, then the page behind the gate renders for them', async () => {
    installFakeApi();

    renderWithProviders(<GatedRoutes />, { route: '/audit?event=lookup' });

    expect(screen.getByRole('progressbar', { name: 'Checking your session' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: `Records for ${OPERATOR.username}` })).toBeInTheDocument();
    expect(screen.getByText('Showing /audit?event=lookup')).toBeInTheDocument();
  });

  it('When a later request answers 401, then sign-in says the session ended and signing in returns to the same page', async () => {
    const api = installFakeApi();
    api.on('GET /api/audit', () => ok({ records: [], total: 0 }));
    const { user } = renderWithProviders(<GatedRoutes />, { route: '/audit?event=lookup' });
    await screen.findByRole('heading', { name: `Records for ${OPERATOR.username}` });
    api.expireSession();

    await user.click(screen.getByRole('button', { name: 'Refresh' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByText(EXPIRED_TEXT)).toBeInTheDocument();
    // The form appears once the sign-in options (SSO or not) have loaded.
    await user.type(await screen.findByRole('textbox', { name: 'Username' }), OPERATOR.username);
    await user.type(screen.getByLabelText(/^Password/), 'correct-horse-battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Showing /audit?event=lookup')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/session').map((call) => call.body)).toEqual([
      { username: OPERATOR.username, password: 'correct-horse-battery' },
    ]);
  });

  it('When a signed-out operator opens a page, then sign-in asks them to sign in without saying a session ended', async () => {
    installFakeApi({ signedIn: false });

    renderWithProviders(<GatedRoutes />, { route: '/audit?event=lookup' });

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByText('Sign in to continue to the page you opened.')).toBeInTheDocument();
    expect(screen.queryByText(EXPIRED_TEXT)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /^Records for/ })).not.toBeInTheDocument();
  });

  it('When the session check fails, then an error alert offers Retry, and Retry lets the operator in', async () => {
    const api = installFakeApi();
    api.on('GET /api/session', () => apiError(500, 'internal_error', 'The database is busy'));
    const { user } = renderWithProviders(<GatedRoutes />, { route: '/audit' });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not check your session');
    // The raw code and the server's own words stay available for support.
    expect(alert).toHaveTextContent('internal_error');
    expect(alert).toHaveTextContent('The database is busy');
    expect(screen.queryByRole('heading', { name: 'Sign in' })).not.toBeInTheDocument();

    api.on('GET /api/session', () => ok(OPERATOR));
    await user.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('heading', { name: `Records for ${OPERATOR.username}` })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
