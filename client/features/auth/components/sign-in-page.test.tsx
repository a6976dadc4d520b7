import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, ok } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { SignInPage } from './sign-in-page';

const signedOutWith = (options: unknown) => {
  const api = installFakeApi({ signedIn: false });
  api.on('GET /api/session/options', () => ok(options));
  return api;
};

describe('SignInPage with single sign-on', () => {
  it('When SSO is on with a display name, then its button carries the name and leads to the provider, and the password form stays', async () => {
    signedOutWith({ sso: { displayName: 'Feishu' }, passwordForm: true });

    renderWithProviders(<SignInPage />, { route: '/sign-in' });

    const sso = await screen.findByRole('link', { name: 'Sign in with Feishu' });
    expect(sso).toHaveAttribute('href', '/api/session/oidc/start');
    expect(screen.getByRole('textbox', { name: 'Username' })).toBeInTheDocument();
  });

  it('When the operator came to sign in on their own, then the SSO button starts a plain sign-in', async () => {
    signedOutWith({ sso: { displayName: null }, passwordForm: true });
    renderWithProviders(<SignInPage />, { route: '/sign-in' });
    // Without router state there is nothing to return to.
    expect(await screen.findByRole('link', { name: 'Sign in with SSO' })).toHaveAttribute(
      'href',
      '/api/session/oidc/start',
    );
  });

  it('When SSO is on without a name, then the button says "Sign in with SSO"', async () => {
    signedOutWith({ sso: { displayName: null }, passwordForm: true });
    renderWithProviders(<SignInPage />, { route: '/sign-in' });
    expect(await screen.findByRole('link', { name: 'Sign in with SSO' })).toBeInTheDocument();
  });

  it('When only SSO is allowed, then the password form is hidden behind the break-glass disclosure', async () => {
    signedOutWith({ sso: { displayName: null }, passwordForm: false });
    const { user } = renderWithProviders(<SignInPage />, { route: '/sign-in' });

    const disclosure = await screen.findByRole('button', { name: 'Break-glass sign-in' });
    expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('textbox', { name: 'Username' })).not.toBeInTheDocument();

    await user.click(disclosure);
    expect(disclosure).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByRole('textbox', { name: 'Username' })).toHaveFocus();
  });

  it.each([
    ['sso_refused', 'Your account has no access to this console'],
    ['sso_unavailable', 'The identity provider could not be reached'],
    ['sso_failed', 'Single sign-on did not complete'],
    ['account_disabled', 'This account is disabled'],
    ['too_many_attempts', 'Too many sign-in attempts'],
  ])('When the provider sent the browser back with %s, then the page says so in plain words', async (code, title) => {
    signedOutWith({ sso: { displayName: null }, passwordForm: true });
    renderWithProviders(<SignInPage />, { route: `/sign-in?error=${code}` });
    expect(await screen.findByRole('alert')).toHaveTextContent(title);
  });

  it('When the error in the address is unknown, then no alert is shown', async () => {
    signedOutWith({ sso: { displayName: null }, passwordForm: true });
    renderWithProviders(<SignInPage />, { route: '/sign-in?error=<script>' });
    await screen.findByRole('link', { name: 'Sign in with SSO' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('When SSO is off, then the page is the password form as before', async () => {
    signedOutWith({ sso: null, passwordForm: true });
    renderWithProviders(<SignInPage />, { route: '/sign-in' });
    expect(await screen.findByRole('textbox', { name: 'Username' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /SSO/ })).not.toBeInTheDocument();
  });
});
