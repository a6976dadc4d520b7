import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { HttpError } from '../api-client';
import { describeError } from '../describe-error';
import { type ErrorTextOptions, errorText } from './error-text';
import { createTestI18n } from './test-i18n';

const httpError = (status: number, error: Record<string, unknown>) =>
  new HttpError(String(error.message), status, { error });

describe('errorText', () => {
  let en: ErrorTextOptions;
  let zh: ErrorTextOptions;
  beforeAll(async () => {
    const options = async (language: 'en' | 'zh-CN'): Promise<ErrorTextOptions> => {
      const i18n = await createTestI18n(language);
      return {
        t: i18n.getFixedT(language, 'errors') as TFunction<'errors'>,
        exists: (key) => i18n.exists(key),
        relativeSeconds: (seconds) =>
          new Intl.RelativeTimeFormat(language, { numeric: 'always' }).format(seconds / 60, 'minute'),
      };
    };
    en = await options('en');
    zh = await options('zh-CN');
  });

  it('When Volcengine throttles, then the title is plain language in either language, with one line of advice', () => {
    const error = describeError(httpError(429, { code: 'upstream_throttled', message: 'Volcengine answered…' }));

    expect(errorText(error, en)).toEqual({
      title: 'Volcengine is busy right now',
      message: null,
      advice:
        'Wait a few seconds and retry. Large lookups share one per-second budget of Volcengine calls with everyone on this account.',
    });
    expect(errorText(error, zh).title).toBe('火山引擎繁忙');
    expect(errorText(error, zh).advice).toMatch(/^请稍等几秒后重试/);
  });

  it('When a list item breaks a rule, then the message names the item by its place, counting from one', () => {
    const error = describeError(
      httpError(400, { code: 'invalid_request', message: '…', field: 'userIds.3', params: { rule: 'id_range' } }),
    );

    expect(errorText(error, en).message).toBe('User ID no. 4 must be a decimal integer from 1 to 9223372036854775807.');
    expect(errorText(error, zh).message).toBe('第 4 个用户 ID：必须是 1 到 9223372036854775807 之间的十进制整数。');
  });

  it('When a limit is part of the rule, then it is formatted as a number of the language', () => {
    const error = describeError(
      httpError(400, {
        code: 'invalid_request',
        message: '…',
        field: 'userIds',
        params: { rule: 'too_many_items', limit: 1000 },
      }),
    );

    expect(errorText(error, en).message).toBe('User IDs: at most 1,000 allowed.');
  });

  it('When the field is one this client does not know, then it shows as the server named it', () => {
    const error = describeError(
      httpError(400, { code: 'invalid_request', message: '…', field: 'colour', params: { rule: 'required' } }),
    );

    expect(errorText(error, en).message).toBe('colour is required.');
  });

  it('When the server asks to wait, then the advice says how long, in words', () => {
    const error = describeError(httpError(429, { code: 'too_many_attempts', message: '…', retryAfter: 900 }));

    expect(errorText(error, en)).toMatchObject({
      title: 'Too many failed sign-ins',
      advice: 'Try again in 15 minutes.',
    });
    expect(errorText(error, zh).advice).toBe('请在15分钟后再试。');
  });

  it('When the server cannot be reached, then the message says what to check', () => {
    const text = errorText(describeError(new TypeError('Failed to fetch')), en);

    expect(text.title).toBe('The console server could not be reached');
    expect(text.message).toBe('Check your network connection, or whether the console server is running.');
  });
});
