import { BULK_CONVERSATION, BULK_FIRST_MEMBER, BULK_MEMBERS, DEMO_EXAMPLE } from '../demo/demo-constants';

/** A member as the emulator stores it: IDs as bigint so no digit is ever lost. */
export interface StoredMember {
  userId: bigint;
  role: number;
  operator: bigint;
  level?: number;
  nickname?: string;
  status?: number;
  createTime?: number;
  /** Mute end relative to the moment of the request, so the demo's mutes never go stale. */
  mutedForSec?: number;
  ext?: Record<string, string>;
}

export type Store = Map<string, Map<string, Map<string, StoredMember>>>; // app → conversation → user

const HOUR = 3600;
const DAY = 24 * HOUR;
const JOINED = 1_700_000_000; // 2023-11-14, a fixed past so screenshots and tests are stable

const owner = 9223372036854775807n;
const example: StoredMember[] = [
  {
    userId: owner,
    role: 1,
    operator: owner,
    level: 30,
    nickname: 'Mira Chen',
    status: 0,
    createTime: JOINED,
    mutedForSec: 0,
    ext: { 's:from': 'biz', team: 'support' },
  },
  {
    userId: 9007199254740993n,
    role: 2,
    operator: owner,
    level: 12,
    nickname: 'Олег Петров',
    status: 0,
    createTime: JOINED + 3 * DAY,
    mutedForSec: 0,
    ext: { lang: 'ru', note: 'модератор ночной смены' },
  },
  {
    userId: 7300000000000000011n,
    role: 2,
    operator: owner,
    level: 9,
    nickname: 'أحمد',
    status: 0,
    createTime: JOINED + 10 * DAY,
    mutedForSec: 0,
    ext: { lang: 'ar', city: 'دبي' },
  },
  {
    userId: 7300000000000000012n,
    role: 0,
    operator: 9007199254740993n,
    level: 3,
    nickname: '佐藤 花子',
    status: 0,
    createTime: JOINED + 40 * DAY,
    mutedForSec: 4 * HOUR,
    ext: { lang: 'ja', reason: '広告の連投' },
  },
  {
    userId: 7300000000000000013n,
    role: 0,
    operator: 9007199254740993n,
    level: 5,
    nickname: 'Lukas 🚀',
    status: 0,
    createTime: JOINED + 41 * DAY,
    mutedForSec: -2 * DAY,
    ext: {},
  },
  {
    userId: 7300000000000000014n,
    role: 0,
    operator: 7300000000000000014n,
    level: 1,
    nickname: 'Priya',
    status: 1,
    createTime: JOINED + 60 * DAY,
    mutedForSec: 0,
    ext: { left_reason: 'self' },
  },
  // Only the fields the Go SDK marks required, and a role this console doesn't know.
  { userId: 7300000000000000015n, role: 3, operator: owner },
  {
    userId: 7300000000000000016n,
    role: 0,
    operator: owner,
    level: 2,
    nickname: '<img src=x onerror=alert(1)>',
    status: 0,
    createTime: JOINED + 90 * DAY,
    mutedForSec: 0,
    ext: {
      bio: '<script>alert("x")</script>',
      long: 'a value long enough that a grid cell would truncate it, so the full map must be readable elsewhere',
    },
  },
];

const live: StoredMember[] = [
  {
    userId: 7400000000000000101n,
    role: 1,
    operator: 7400000000000000101n,
    level: 50,
    nickname: 'Host Ana',
    status: 0,
    createTime: JOINED,
    mutedForSec: 0,
    ext: { stream: 'evening-show' },
  },
  {
    userId: 7400000000000000102n,
    role: 0,
    operator: 7400000000000000101n,
    level: 1,
    nickname: 'viewer_102',
    status: 0,
    createTime: JOINED + DAY,
    mutedForSec: 30 * 60,
    ext: {},
  },
];

function bulkMembers(): Map<string, StoredMember> {
  const members = new Map<string, StoredMember>();
  for (let i = 0; i < BULK_MEMBERS; i += 1) {
    const userId = BULK_FIRST_MEMBER + BigInt(i);
    members.set(userId.toString(), {
      userId,
      role: i === 0 ? 1 : 0,
      operator: BULK_FIRST_MEMBER,
      level: i % 40,
      nickname: `member ${i}`,
      status: i % 17 === 0 ? 1 : 0,
      createTime: JOINED + i * 60,
      mutedForSec: 0,
      ext: { shard: String(i % 8) },
    });
  }
  return members;
}

const byUser = (members: StoredMember[]) => new Map(members.map((m) => [m.userId.toString(), m]));

export function createSeedStore(): Store {
  return new Map([
    [
      DEMO_EXAMPLE.appId,
      new Map([
        [DEMO_EXAMPLE.conversationId, byUser(example)],
        [BULK_CONVERSATION.conversationId, bulkMembers()],
      ]),
    ],
    ['100002', new Map([['7400000000000000001', byUser(live)]])],
  ]);
}
