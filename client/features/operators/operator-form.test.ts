import { describe, expect, it } from 'vitest';
import { checkOperatorForm, nextAppSelection, sameApps } from './operator-form';

describe('checkOperatorForm', () => {
  it('When the username is blank, then it is required', () => {
    expect(checkOperatorForm({ username: '  ', password: null })).toEqual({ username: 'form.usernameRequired' });
  });

  it('When the username holds a space or is one letter, then its rule is named', () => {
    expect(checkOperatorForm({ username: 'al ice', password: null }).username).toBe('form.usernameRule');
    expect(checkOperatorForm({ username: 'a', password: null }).username).toBe('form.usernameRule');
  });

  it('When a chosen password is shorter than 12 characters, then it is refused; a generated one is not checked', () => {
    expect(checkOperatorForm({ username: 'alice', password: 'short-pass1' })).toEqual({
      password: 'form.passwordRule',
    });
    expect(checkOperatorForm({ username: 'alice', password: 'long-enough-1' })).toEqual({});
    expect(checkOperatorForm({ username: 'alice.b-c_d', password: null })).toEqual({});
  });
});

describe('nextAppSelection', () => {
  it('When "All apps" is picked beside single apps, then only "All apps" stays', () => {
    expect(nextAppSelection(['100001'], ['100001', '*'])).toEqual(['*']);
  });

  it('When a single app is picked while "All apps" is on, then the grant narrows to that app', () => {
    expect(nextAppSelection(['*'], ['*', '100002'])).toEqual(['100002']);
  });

  it('When an app is unpicked, then the rest stay as they were', () => {
    expect(nextAppSelection(['100001', '100002'], ['100002'])).toEqual(['100002']);
  });
});

describe('sameApps', () => {
  it('When two grants hold the same apps in another order, then they are the same', () => {
    expect(sameApps(['100001', '100002'], ['100002', '100001'])).toBe(true);
    expect(sameApps(['100001'], ['100001', '100002'])).toBe(false);
  });
});
