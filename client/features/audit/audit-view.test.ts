import { describe, expect, it } from 'vitest';
import { auditSearchParams, EMPTY_FILTERS, filterErrors, readAuditView, writeAuditView } from './audit-view';

describe('audit view in the URL', () => {
  it('When a view is written and read back, then filters and paging survive', () => {
    const view = {
      filters: {
        ...EMPTY_FILTERS,
        operator: 'viera',
        event: 'lookup' as const,
        outcome: 'partial' as const,
        userId: '9223372036854775807',
      },
      page: 2,
      pageSize: 100,
    };
    expect(readAuditView(writeAuditView(view))).toEqual(view);
  });

  it('When the view is the default, then the URL stays bare', () => {
    expect(writeAuditView({ filters: EMPTY_FILTERS, page: 0, pageSize: 50 }).toString()).toBe('');
  });

  it('When the URL holds junk, then it falls back to defaults instead of sending it', () => {
    const view = readAuditView(new URLSearchParams('event=drop&outcome=ok%27--&page=-3&pageSize=7&from=yesterday'));
    expect(view).toEqual({ filters: EMPTY_FILTERS, page: 0, pageSize: 50 });
  });
});

describe('auditSearchParams', () => {
  it('When filters are set, then IDs are sent canonical and exact, and blanks are left out', () => {
    const params = auditSearchParams({
      filters: { ...EMPTY_FILTERS, operator: ' viera ', conversationId: '007101234567890123456', userId: 'x' },
      page: 1,
      pageSize: 25,
    });
    expect(params.toString()).toBe('operator=viera&conversationId=7101234567890123456&page=1&pageSize=25');
  });

  it('When exporting, then paging is left out so the CSV holds every match', () => {
    const params = auditSearchParams(
      { filters: { ...EMPTY_FILTERS, event: 'sign_in', outcome: 'denied' }, page: 3, pageSize: 25 },
      {
        paged: false,
      },
    );
    expect(params.toString()).toBe('event=sign_in&outcome=denied');
  });
});

describe('filterErrors', () => {
  it('When an ID filter is not an ID, then it is flagged', () => {
    expect(filterErrors({ ...EMPTY_FILTERS, userId: '12a' })).toEqual({ userId: 'idRange' });
  });

  it('When From is after To, then To is flagged', () => {
    const errors = filterErrors({ ...EMPTY_FILTERS, from: '2026-05-02T00:00:00.000Z', to: '2026-05-01T00:00:00.000Z' });
    expect(errors).toEqual({ to: 'toBeforeFrom' });
  });
});
