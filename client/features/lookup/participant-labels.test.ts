import { describe, expect, it } from 'vitest';
import { type RoleKey, roleKey, roleLabelComparator, statusKey } from './participant-labels';

describe('role and status keys', () => {
  it('When a code is known, then it maps to its catalogue key; when not, then to null so the number shows', () => {
    expect([roleKey(0), roleKey(1), roleKey(2), roleKey(3)]).toEqual(['member', 'owner', 'admin', null]);
    expect([statusKey(0), statusKey(1), statusKey(7)]).toEqual(['active', 'left', null]);
  });
});

describe('roleLabelComparator', () => {
  it('When labels are Chinese, then they still sort owner, admin, member, then unknown codes by number', () => {
    const zh: Record<RoleKey, string> = { owner: '群主', admin: '管理员', member: '成员' };
    const labels = ['成员', '12', '管理员', '3', '群主'];

    const sorted = [...labels].sort(roleLabelComparator((key) => zh[key]));

    expect(sorted).toEqual(['群主', '管理员', '成员', '3', '12']);
  });
});
