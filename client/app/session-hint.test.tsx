import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { SESSION_QUERY_KEY } from '../features/auth/api/get-session';
import { OPERATOR } from '../testing/fake-api';
import { keepSessionHint, readSessionHint } from './session-hint';

describe('session hint', () => {
  afterEach(() => localStorage.clear());

  it('When the session answers with an operator, then the hint is set, and when it ends, then it is cleared', () => {
    const queryClient = new QueryClient();
    const stop = keepSessionHint(queryClient);

    queryClient.setQueryData(SESSION_QUERY_KEY, OPERATOR);
    expect(readSessionHint()).toBe(true);

    queryClient.setQueryData(SESSION_QUERY_KEY, null);
    expect(readSessionHint()).toBe(false);
    stop();
  });

  it('When other queries answer, then the hint is left alone', () => {
    const queryClient = new QueryClient();
    const stop = keepSessionHint(queryClient);
    localStorage.setItem('im-console.signed-in', '1');

    queryClient.setQueryData(['config'], null);

    expect(readSessionHint()).toBe(true);
    stop();
  });
});
