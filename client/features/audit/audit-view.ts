import type { AuditEvent, AuditQuery } from '../../../contract/audit';
import { ID_RANGE_MESSAGE, normalizeId } from '../../../contract/int64';

// A Record keyed by AuditEvent fails to compile when the contract gains an event, and keeps zod out of the bundle.
export const AUDIT_EVENT_LABELS: Record<AuditEvent, string> = {
  lookup: 'Lookup',
  browse: 'Browse',
  sign_in: 'Sign-in',
  sign_in_failed: 'Failed sign-in',
  sign_out: 'Sign-out',
  operator_created: 'Operator created',
  operator_changed: 'Operator changed',
  audit_purged: 'Audit purged',
};
export const AUDIT_EVENTS = Object.keys(AUDIT_EVENT_LABELS) as AuditEvent[];

const isAuditEvent = (value: string): value is AuditEvent => Object.hasOwn(AUDIT_EVENT_LABELS, value);

/** The filters as the operator typed them. `from` and `to` are ISO 8601 instants, or ''. */
export interface AuditFilters {
  operator: string;
  event: AuditEvent | '';
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
  const page = Number(text('page'));
  const pageSize = Number(text('pageSize'));
  return {
    filters: {
      operator: text('operator'),
      event: isAuditEvent(event) ? event : '',
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

export type FilterErrors = Partial<Record<IdFilter | 'to', string>>;

/** Filters that cannot match anything; the page keeps its last good results while these are shown. */
export function filterErrors(filters: AuditFilters): FilterErrors {
  const errors: FilterErrors = {};
  for (const key of ID_FILTERS) {
    if (filters[key].trim() !== '' && normalizeId(filters[key]) === null) errors[key] = `ID ${ID_RANGE_MESSAGE}`;
  }
  if (filters.from && filters.to && Date.parse(filters.from) > Date.parse(filters.to)) errors.to = 'Must be after From';
  return errors;
}

/** The query string `GET /api/audit` and `GET /api/audit.csv` take; CSV export omits the paging. */
export function auditSearchParams(view: AuditView, { paged = true } = {}): URLSearchParams {
  const { filters } = view;
  const query: AuditQuery = {};
  const operator = filters.operator.trim();
  if (operator) query.operator = operator;
  if (filters.event) query.event = filters.event;
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

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as a `datetime-local` input value, in the browser's time zone. */
export function isoToLocalInput(iso: string): string {
  const ms = Date.parse(iso);
  if (!iso || Number.isNaN(ms)) return '';
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * A `datetime-local` value (local time, minute precision) as an ISO instant. "To" covers its whole minute, so
 * "to 10:30" includes a record written at 10:30:45.
 */
export function localInputToIso(value: string, { endOfMinute = false } = {}): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return '';
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const local = new Date(year ?? 0, (month ?? 1) - 1, day, hour, minute, second, 0);
  if (Number.isNaN(local.getTime())) return '';
  return new Date(local.getTime() + (endOfMinute ? 59_999 : 0)).toISOString();
}
