import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createTestI18n } from '../../../lib/i18n/test-i18n';
import { participantColumns } from '../components/participant-columns';
import { CSV_FIELDS, participantsCsv } from './participants-csv';

describe('CSV export columns', () => {
  it.each(['en', 'zh-CN'] as const)(
    'When the grid is in %s, then the CSV has the same columns, in its order',
    async (language) => {
      const t = (await createTestI18n(language)).getFixedT(language, 'lookup') as TFunction<'lookup'>;
      const columns = participantColumns(t);

      expect(CSV_FIELDS).toEqual(columns.map((column) => column.field));
      expect(participantsCsv([], t).split('\r\n')[0]).toBe(columns.map((column) => column.headerName).join(','));
    },
  );
});
