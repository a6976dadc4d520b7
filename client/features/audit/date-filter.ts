import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { TimeZoneMode } from '../../../contract/preferences';

// The pickers need this plugin to show and edit times in UTC when the operator chose UTC.
dayjs.extend(utc);

/** The picker's value for a filter bound (an ISO instant, or '' for none), in the zone the operator reads. */
export function isoToPickerValue(iso: string, timeZone: TimeZoneMode): Dayjs | null {
  if (!iso) return null;
  const value = timeZone === 'utc' ? dayjs.utc(iso) : dayjs(iso);
  return value.isValid() ? value : null;
}

/**
 * A picked minute as an ISO instant; '' while the field is empty or half typed. "To" covers its whole minute, so
 * "to 10:30" includes a record written at 10:30:45.
 */
export function pickerValueToIso(value: Dayjs | null, { endOfMinute = false } = {}): string {
  if (!value?.isValid()) return '';
  return (endOfMinute ? value.endOf('minute') : value.startOf('minute')).toISOString();
}
