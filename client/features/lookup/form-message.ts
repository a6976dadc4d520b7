import type { TFunction } from 'i18next';
import type { FormMessage } from './validate-lookup-form';

/** A form problem in the operator's language. */
export function formMessageText(message: FormMessage, t: TFunction<'lookup'>): string {
  switch (message.key) {
    case 'conversationIdRange':
      return t('form.conversationIdRange');
    case 'invalidIds': {
      const ids = message.ids.join(', ');
      return message.more > 0 ? t('form.invalidIdsMore', { ids, count: message.more }) : t('form.invalidIds', { ids });
    }
    case 'tooManyIds':
      return t('form.tooManyIds', { max: message.max });
    case 'reasonTooLong':
      return t('form.reasonTooLong', { max: message.max, length: message.length });
    case 'reasonMissing':
      return t('form.reasonMissing');
  }
}
