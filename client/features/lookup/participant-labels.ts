import { ROLE, STATUS } from '../../../contract/lookup';

export type RoleKey = 'owner' | 'admin' | 'member';
export type StatusKey = 'active' | 'left';

const ROLE_KEYS: Record<number, RoleKey> = { [ROLE.owner]: 'owner', [ROLE.admin]: 'admin', [ROLE.member]: 'member' };
const STATUS_KEYS: Record<number, StatusKey> = { [STATUS.active]: 'active', [STATUS.left]: 'left' };

/** The catalogue key of a role; null for a code this console doesn't know, which then shows as its number. */
export function roleKey(role: number): RoleKey | null {
  return ROLE_KEYS[role] ?? null;
}

export function statusKey(status: number): StatusKey | null {
  return STATUS_KEYS[status] ?? null;
}

const ROLE_ORDER: RoleKey[] = ['owner', 'admin', 'member'];

/**
 * Orders role labels Owner, Admin, Member, then unknown codes numerically. Works on the labels the grid shows, in
 * whichever language: `labelOf` gives each known role's label.
 */
export function roleLabelComparator(labelOf: (key: RoleKey) => string) {
  const rank = new Map(ROLE_ORDER.map((key, index) => [labelOf(key), index]));
  return (a: string, b: string): number => {
    const rankA = rank.get(a) ?? ROLE_ORDER.length;
    const rankB = rank.get(b) ?? ROLE_ORDER.length;
    return rankA !== rankB ? rankA - rankB : Number(a) - Number(b);
  };
}

export function extEntries(ext: Record<string, string>): [string, string][] {
  return Object.entries(ext).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
