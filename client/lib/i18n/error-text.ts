import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { describeError, type ErrorDescription } from '../describe-error';
import { useFormat } from './use-format';

export interface ErrorText {
  /** Plain language: "Volcengine is busy right now". */
  title: string;
  /** What went wrong in particular, e.g. which field broke which rule; null when the title says it all. */
  message: string | null;
  /** One line on what to do: "Wait a few seconds and retry…". */
  advice: string | null;
}

type ErrorsT = TFunction<'errors'>;
/** For keys built from server data (a field name), checked with `exists` first since no type can vouch for them. */
type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** "Conversation ID", or "User ID no. 4" for `userIds.3`; a field this client doesn't know shows as sent. */
export function fieldLabel(field: string, t: ErrorsT, exists: (key: string) => boolean): string {
  const loose = t as unknown as LooseT;
  const [base = field, index] = field.split('.');
  const item = `field.${base}_item`;
  if (index !== undefined && /^\d+$/.test(index) && exists(`errors:${item}`)) {
    return loose(item, { n: Number(index) + 1 });
  }
  const key = `field.${base}`;
  return exists(`errors:${key}`) ? loose(key) : field;
}

export interface ErrorTextOptions {
  t: ErrorsT;
  exists: (key: string) => boolean;
  /** "in 15 minutes", for a server that asks us to wait. */
  relativeSeconds: (seconds: number) => string;
}

/** The texts an alert shows for a failure, in the operator's language. */
export function errorText(d: ErrorDescription, { t, exists, relativeSeconds }: ErrorTextOptions): ErrorText {
  const title = t(`title.${d.kind}`) as string;

  let message: string | null = null;
  if (d.rule) {
    const field = d.field ? fieldLabel(d.field, t, exists) : t('field.body');
    message = t(`rule.${d.rule}`, { field, limit: d.limit ?? 0 }) as string;
  } else if (d.kind === 'body_too_large' && d.limit !== null) {
    message = t('message.body_too_large', { limit: d.limit });
  } else if (d.kind !== 'body_too_large' && exists(`errors:message.${d.kind}`)) {
    message = (t as unknown as LooseT)(`message.${d.kind}`);
  }

  let advice: string | null = null;
  if (d.retryAfter !== null) advice = t('advice.retryAfter', { when: relativeSeconds(d.retryAfter) });
  else if (d.adviceKind) advice = t(`advice.${d.adviceKind}`);
  return { title, message, advice };
}

/** The description and texts of an error, for components. */
export function useErrorText(error: unknown): ErrorDescription & ErrorText {
  const { t, i18n } = useTranslation('errors');
  const format = useFormat();
  const description = describeError(error);
  const texts = errorText(description, {
    t,
    exists: (key) => i18n.exists(key),
    relativeSeconds: (seconds) => format.relative(Date.now() + seconds * 1000, Date.now()),
  });
  return { ...description, ...texts };
}
