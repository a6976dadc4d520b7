import type audit from '../../locales/en/audit.json';
import type auth from '../../locales/en/auth.json';
import type common from '../../locales/en/common.json';
import type errors from '../../locales/en/errors.json';
import type history from '../../locales/en/history.json';
import type lookup from '../../locales/en/lookup.json';
import type operators from '../../locales/en/operators.json';

// English is the source catalogue: a key used in code but missing from it fails `npm run typecheck`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    fallbackNS: false;
    resources: {
      common: typeof common;
      errors: typeof errors;
      auth: typeof auth;
      lookup: typeof lookup;
      history: typeof history;
      audit: typeof audit;
      operators: typeof operators;
    };
  }
}
