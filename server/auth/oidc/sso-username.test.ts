import { describe, expect, it } from 'vitest';
import { usernameFromClaims } from './sso-username';

describe('usernameFromClaims', () => {
  it('When the provider sends a preferred username, then it is the operator name', () => {
    expect(usernameFromClaims({ sub: '1', preferred_username: 'alice.w', email: 'a@example.com' })).toBe('alice.w');
  });

  it('When only an email or only the subject is there, then the name is made from it within the allowed letters', () => {
    expect(usernameFromClaims({ sub: '1', email: 'bo b@example.com' })).toBe('bob_at_example.com');
    expect(usernameFromClaims({ sub: 'ou_7f3a', name: '张三' })).toBe('sso-ou_7f3a');
    expect(usernameFromClaims({ sub: 'x', preferred_username: '张三' })).toBe('sso-x');
  });

  it('When the name is very long, then it is cut to 64 characters', () => {
    expect(usernameFromClaims({ sub: '1', preferred_username: 'a'.repeat(100) })).toHaveLength(64);
  });
});
