import type { AuditEvent, AuditQuery } from '../../../contract/audit';
import { normalizeId } from '../../../contract/int64';

// A Record keyed by AuditEvent fails to compile when the contract gains an event, and keeps zod out of the bundle.
// The labels are in the audit catalogue under `event.<name>`.
const AUDIT_EVENT_SET: Record<AuditEvent, true> = {
  lookup: true,
  browse: true,
  sign_in: true,
  sign_in_failed: true,
  sign_out: true,
  operator_created: true,
  operator_changed: true,
  audit_purged: true,
};
export const AUDIT_EVENTS = Object.keys(AUDIT_EVENT_SET) as AuditEvent[];

const isAuditEvent = (value: string): value is AuditEvent => Object.hasOwn(AUDIT_EVENT_SET, value);

/**
 * The outcomes the console itself writes, in the order the filter offers them; each has a label under
 * `outcome.<name>`. Sign-in refusals carry their own codes and are found by event instead. "started" finds jobs
 * with no final record, since the log hides a started record once its final record names it.
 */
export const AUDIT_OUTCOMES = ['ok', 'partial', 'cancelled', 'failed', 'denied', 'started'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];
const isAuditOutcome = (value: string): value is AuditOutcome => (AUDIT_OUTCOMES as readonly string[]).includes(value);

/** The filters as the operator typed them. `from` and `to` are ISO 8601 instants, or ''. */
export interface AuditFilters {
  operator: string;
  event: AuditEvent | '';
  outcome: AuditOutcome | '';
  appId: string;
  conversationId: string;
  userId: string;
  from: string;
  to: string;
}

export type IdFilter = 'appId' | 'conversationId' | 'userId';

/** What the audit page shows; it lives in the URL, so a reload, a shared link or a trip through sign-in keeps it. */
export interface AuditView {
  filters: AuditFilters;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [25, 50, 100];
const DEFAULT_PAGE_SIZE = 50;

export const EMPTY_FILTERS: AuditFilters = {
  operator: '',
  event: '',
  outcome: '',
  appId: '',
  conversationId: '',
  userId: '',
  from: '',
  to: '',
};

const FILTER_KEYS = Object.keys(EMPTY_FILTERS) as (keyof AuditFilters)[];
const ID_FILTERS: IdFilter[] = ['appId', 'conversationId', 'userId'];

export function readAuditView(params: URLSearchParams): AuditView {
  const text = (key: string) => params.get(key) ?? '';
  const event = text('event');
  const outcome = text('outcome');
  const page = Number(text('page'));
  const pageSize = Number(text('pageSize'));
  return {
    filters: {
      operator: text('operator'),
      event: isAuditEvent(event) ? event : '',
      outcome: isAuditOutcome(outcome) ? outcome : '',
      appId: text('appId'),
      conversationId: text('conversationId'),
      userId: text('userId'),
      from: validIso(text('from')),
      to: validIso(text('to')),
    },
    page: Number.isSafeInteger(page) && page > 0 ? page : 0,
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** The URL form of a view: only what differs from the defaults, so a plain /audit stays plain. */
export function writeAuditView({ filters, page, pageSize }: AuditView): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key] !== '') params.set(key, filters[key]);
  if (page > 0) params.set('page', String(page));
  if (pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(pageSize));
  return params;
}

export function hasFilters(filters: AuditFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== '');
}

export function sameFilters(a: AuditFilters, b: AuditFilters): boolean {
  return FILTER_KEYS.every((key) => a[key] === b[key]);
}

/** Which problem each filter has, as a key of the audit catalogue's `filters` texts. */
export type FilterErrors = Partial<Record<IdFilter, 'idRange'> & Record<'to', 'toBeforeFrom'>>;

/** Filters that cannot match anything; the page keeps its last good results while these are shown. */
export function filterErrors(filters: AuditFilters): FilterErrors {
  const errors: FilterErrors = {};
  for (const key of ID_FILTERS) {
    if (filters[key].trim() !== '' && normalizeId(filters[key]) === null) errors[key] = 'idRange';
  }
  if (filters.from && filters.to && Date.parse(filters.from) > Date.parse(filters.to)) errors.to = 'toBeforeFrom';
  return errors;
}

/** The query string `GET /api/audit` and `GET /api/audit.csv` take; CSV export omits the paging. */
export function auditSearchParams(view: AuditView, { paged = true } = {}): URLSearchParams {
  const { filters } = view;
  const query: AuditQuery = {};
  const operator = filters.operator.trim();
  if (operator) query.operator = operator;
  if (filters.event) query.event = filters.event;
  if (filters.outcome) query.outcome = filters.outcome;
  for (const key of ID_FILTERS) {
    const id = normalizeId(filters[key]);
    if (id) query[key] = id;
  }
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  const params = new URLSearchParams(query as Record<string, string>);
  if (paged) {
    params.set('page', String(view.page));
    params.set('pageSize', String(view.pageSize));
  }
  return params;
}

function validIso(value: string): string {
  return value && !Number.isNaN(Date.parse(value)) ? value : '';
}
