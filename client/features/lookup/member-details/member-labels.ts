import type { TFunction } from 'i18next';
import type { ParticipantRow } from '../build-rows';
import { roleKey, statusKey } from '../participant-labels';

/** What the grid's Role column reads: the label, or the bare code for one this console doesn't know. */
export function roleLabel(role: number, t: TFunction<'lookup'>): string {
  const key = roleKey(role);
  return key ? t(`role.${key}`) : String(role);
}

/** What the grid's Status column reads, membership first: "Not a member" and "Not checked" are statuses too. */
export function statusLabel(row: ParticipantRow, t: TFunction<'lookup'>): string | null {
  if (row.kind === 'not-member') return t('status.notMember');
  if (row.kind === 'not-checked') return t('status.notChecked', { code: row.error.code });
  const { status } = row.participant;
  if (status === null) return null;
  const key = statusKey(status);
  return key ? t(`status.${key}`) : String(status);
}
