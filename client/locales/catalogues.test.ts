import { describe, expect, it } from 'vitest';
import { AUDIT_EVENTS } from '../../contract/audit';
import { ERROR_CODES, ERROR_RULES } from '../../contract/error-codes';
import { LANGUAGES } from '../../contract/preferences';
import { NAMESPACES } from '../lib/i18n/languages';
import { allResources } from '../lib/i18n/test-i18n';

/**
 * Every string in every language: a translator's catalogue must match English key for key, with no empty values,
 * the same placeholders, the plural forms its language needs, and no English left in Chinese.
 */
const resources = allResources();
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(catalogue: Record<string, unknown>, prefix = ''): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) {
      for (const [k, v] of flatten(value as Record<string, unknown>, path)) entries.set(k, v);
    } else {
      entries.set(path, value);
    }
  }
  return entries;
}

/** Keys without plural suffixes, each with the suffixes it has ('' for a key that isn't plural). */
function baseKeys(entries: Map<string, unknown>): Map<string, Set<string>> {
  const bases = new Map<string, Set<string>>();
  for (const key of entries.keys()) {
    const match = PLURAL.exec(key);
    const base = match ? key.slice(0, match.index) : key;
    const forms = bases.get(base) ?? new Set<string>();
    forms.add(match?.[1] ?? '');
    bases.set(base, forms);
  }
  return bases;
}

/** `{{name}}`, `{{name, number}}` and `<tag>` placeholders of a text. */
function placeholders(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => `{{${m[1]}}}`);
  const tags = [...text.matchAll(/<(\w+)>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...names, ...tags])].sort();
}

function placeholdersOf(entries: Map<string, unknown>, base: string, forms: Set<string>): string[] {
  const all = new Set<string>();
  for (const form of forms) {
    for (const p of placeholders(String(entries.get(form ? `${base}_${form}` : base)))) all.add(p);
  }
  // The plural count is implied by the form; a language with one form may leave it out ("一个" needs no number).
  all.delete('{{count}}');
  return [...all].sort();
}

const catalogue = (language: string, namespace: string) => flatten(resources[language]?.[namespace] ?? {});

describe('Catalogues', () => {
  it.each(LANGUAGES.flatMap((language) => NAMESPACES.map((namespace) => [language, namespace])))(
    'When the app loads %s/%s, then the file exists and every value is a non-empty string',
    (language, namespace) => {
      const entries = catalogue(language, namespace);

      expect(entries.size).toBeGreaterThan(0);
      for (const [key, value] of entries) {
        expect(typeof value, `${language}/${namespace}:${key}`).toBe('string');
        expect(String(value).trim(), `${language}/${namespace}:${key}`).not.toBe('');
      }
    },
  );

  it.each(NAMESPACES)('When %s is translated, then English and Chinese have the same keys', (namespace) => {
    const en = [...baseKeys(catalogue('en', namespace)).keys()].sort();
    const zh = [...baseKeys(catalogue('zh-CN', namespace)).keys()].sort();

    expect(
      zh.filter((key) => !en.includes(key)),
      'only in zh-CN',
    ).toEqual([]);
    expect(
      en.filter((key) => !zh.includes(key)),
      'only in en',
    ).toEqual([]);
  });

  it.each(LANGUAGES)('When a %s text is plural, then it has exactly the forms the language needs', (language) => {
    const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories.sort();
    for (const namespace of NAMESPACES) {
      for (const [base, forms] of baseKeys(catalogue(language, namespace))) {
        if (forms.has('')) continue;
        expect([...forms].sort(), `${language}/${namespace}:${base}`).toEqual(needed);
      }
    }
  });

  it.each(NAMESPACES)('When %s is translated, then every text keeps its placeholders', (namespace) => {
    const en = catalogue('en', namespace);
    const zh = catalogue('zh-CN', namespace);
    const zhBases = baseKeys(zh);
    for (const [base, forms] of baseKeys(en)) {
      const zhForms = zhBases.get(base);
      if (!zhForms) continue; // reported by the key test
      expect(placeholdersOf(zh, base, zhForms), `${namespace}:${base}`).toEqual(placeholdersOf(en, base, forms));
    }
  });

  it.each(NAMESPACES)('When %s is in Chinese, then no English words are left in it', (namespace) => {
    // Names that stay as they are in Chinese UIs: codes, units, protocol and product names, key caps.
    const allowed = new Set(['ID', 'IM', 'UTC', 'RequestId', 'CSV', 'Excel', 'JSON', 'HTTP', 'IP', 'Enter']);
    for (const [key, value] of catalogue('zh-CN', namespace)) {
      const text = String(value)
        .replace(/\{\{[^}]*\}\}/g, '')
        .replace(/<\/?\w+>/g, '');
      const english = (text.match(/[A-Za-z]+/g) ?? []).filter((word) => !allowed.has(word));
      expect(english, `zh-CN/${namespace}:${key}`).toEqual([]);
    }
  });

  it('When the API can answer with an error code, then it has a title and a short label', () => {
    const errors = catalogue('en', 'errors');
    for (const code of [...ERROR_CODES, 'network_error', 'http_error']) {
      expect(errors.has(`title.${code}`), `title.${code}`).toBe(true);
      expect(errors.has(`short.${code}`), `short.${code}`).toBe(true);
    }
  });

  it('When the API can name a broken rule, then it has a sentence', () => {
    const errors = catalogue('en', 'errors');
    for (const rule of ERROR_RULES) expect(errors.has(`rule.${rule}`), `rule.${rule}`).toBe(true);
  });

  it('When the audit log can hold an event, then it has a label', () => {
    const audit = catalogue('en', 'audit');
    for (const event of AUDIT_EVENTS) expect(audit.has(`event.${event}`), `event.${event}`).toBe(true);
  });
});
