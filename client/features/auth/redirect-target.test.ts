import { describe, expect, it } from 'vitest';
import { isExpiredSession, redirectTarget } from './redirect-target';

describe('redirectTarget', () => {
  it('When the operator was sent from a page, then they go back to it with its query', () => {
    expect(redirectTarget({ from: { pathname: '/audit', search: '?userId=1', hash: '' } })).toBe('/audit?userId=1');
  });

  it('When there is no state, then the lookup page is the default', () => {
    expect(redirectTarget(null)).toBe('/');
    expect(redirectTarget({})).toBe('/');
    expect(redirectTarget({ from: 'nope' })).toBe('/');
  });

  it('When the state points off-site or back to sign-in, then it is ignored', () => {
    expect(redirectTarget({ from: { pathname: '//evil.example/x' } })).toBe('/');
    expect(redirectTarget({ from: { pathname: 'https://evil.example/' } })).toBe('/');
    expect(redirectTarget({ from: { pathname: '/sign-in' } })).toBe('/');
  });
});

describe('isExpiredSession', () => {
  it('When the gate saw a session before, then the state says so; anything else is not an expiry', () => {
    expect(isExpiredSession({ from: { pathname: '/' }, expired: true })).toBe(true);
    expect(isExpiredSession({ from: { pathname: '/' }, expired: false })).toBe(false);
    expect(isExpiredSession({ expired: 'yes' })).toBe(false);
    expect(isExpiredSession(null)).toBe(false);
  });
});
