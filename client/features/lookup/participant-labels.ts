import { ROLE, STATUS } from '../../../contract/lookup';

const ROLE_LABELS: Record<number, string> = { [ROLE.owner]: 'Owner', [ROLE.admin]: 'Admin', [ROLE.member]: 'Member' };
const STATUS_LABELS: Record<number, string> = { [STATUS.active]: 'Active', [STATUS.left]: 'Left' };

/** Unknown codes show as their number so a new upstream role is visible rather than mislabelled. */
export function roleLabel(role: number): string {
  return ROLE_LABELS[role] ?? String(role);
}

export function statusLabel(status: number): string {
  return STATUS_LABELS[status] ?? String(status);
}

const ROLE_RANK: Record<string, number> = { Owner: 0, Admin: 1, Member: 2 };

/** Sorts Owner, Admin, Member, then unknown codes numerically. */
export function compareRoleLabels(a: string, b: string): number {
  const rankA = ROLE_RANK[a] ?? 3;
  const rankB = ROLE_RANK[b] ?? 3;
  return rankA !== rankB ? rankA - rankB : Number(a) - Number(b);
}

export function extEntries(ext: Record<string, string>): [string, string][] {
  return Object.entries(ext).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
