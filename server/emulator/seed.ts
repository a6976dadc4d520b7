import {
  BULK_CONVERSATION,
  BULK_FIRST_MEMBER,
  BULK_MEMBERS,
  DEMO_CONVERSATIONS,
  DEMO_EXAMPLE,
} from '../demo/demo-constants';

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
  avatarUrl?: string;
  /** Live groups: online now. */
  online?: boolean;
}

export interface StoredConversation {
  id: bigint;
  name?: string;
  type: number;
  status: number;
  owner: bigint;
  creator: bigint;
  createTime: number;
  modifyTime: number;
  description?: string;
  notice?: string;
  ext: Record<string, string>;
  otherUserId?: bigint;
  /** In join order (oldest first): the order ScanConversationParticipantList walks. */
  members: StoredMember[];
  byUser: Map<string, StoredMember>;
}

export type Store = Map<string, Map<string, StoredConversation>>; // app → conversation

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

function bulkMembers(): StoredMember[] {
  return Array.from({ length: BULK_MEMBERS }, (_, i) => ({
    userId: BULK_FIRST_MEMBER + BigInt(i),
    role: i === 0 ? 1 : i % 500 === 1 ? 2 : 0,
    operator: BULK_FIRST_MEMBER,
    level: i % 40,
    nickname: `member ${i}`,
    status: i % 17 === 0 && i > 0 ? 1 : 0,
    createTime: JOINED + i * 60,
    // A few muted now, a few whose mute has run out.
    mutedForSec: i % 97 === 0 && i > 0 ? 6 * HOUR : i % 89 === 0 && i > 0 ? -DAY : 0,
    ext: { shard: String(i % 8) },
  }));
}

const LIVE_HOST = 7400000000000000101n;
function liveMembers(): StoredMember[] {
  const viewers = Array.from({ length: 1200 }, (_, i) => ({
    userId: 7400000000000001000n + BigInt(i),
    role: i % 300 === 0 ? 2 : 0,
    operator: LIVE_HOST,
    level: 1 + (i % 20),
    nickname: `viewer_${1000 + i}`,
    status: 0,
    createTime: JOINED + DAY + i * 30,
    mutedForSec: i === 1 ? 30 * 60 : 0,
    ext: {},
    online: i % 4 === 0,
  }));
  return [
    {
      userId: LIVE_HOST,
      role: 1,
      operator: LIVE_HOST,
      level: 50,
      nickname: 'Host Ana',
      status: 0,
      createTime: JOINED,
      mutedForSec: 0,
      ext: { stream: 'evening-show' },
      online: true,
    },
    ...viewers,
  ];
}

function conversation(
  id: string,
  members: StoredMember[],
  info: Omit<StoredConversation, 'id' | 'members' | 'byUser'>,
): [string, StoredConversation] {
  const ordered = [...members].sort((a, b) => (a.createTime ?? 0) - (b.createTime ?? 0));
  const byUser = new Map(ordered.map((m) => [m.userId.toString(), m]));
  return [id, { id: BigInt(id), ...info, members: ordered, byUser }];
}

export function createSeedStore(): Store {
  const pair = [7300000000000000021n, 7300000000000000022n];
  return new Map([
    [
      DEMO_EXAMPLE.appId,
      new Map([
        conversation(DEMO_EXAMPLE.conversationId, example, {
          name: 'Support Lounge',
          type: 2,
          status: 0,
          owner,
          creator: owner,
          createTime: JOINED - DAY,
          modifyTime: JOINED + 90 * DAY,
          description: 'Where moderators meet the community',
          notice: 'Be kind. Reports go to #support.',
          ext: { region: 'global', 's:tier': 'gold' },
        }),
        conversation(BULK_CONVERSATION.conversationId, bulkMembers(), {
          name: 'Demo Town Square',
          type: 2,
          status: 0,
          owner: BULK_FIRST_MEMBER,
          creator: BULK_FIRST_MEMBER,
          createTime: JOINED - DAY,
          modifyTime: JOINED + 30 * DAY,
          ext: { size: 'large' },
        }),
        conversation(DEMO_CONVERSATIONS.dissolved.conversationId, example.slice(0, 3), {
          name: 'Old Beta Testers',
          type: 2,
          status: 1,
          owner,
          creator: 9007199254740993n,
          createTime: JOINED - 400 * DAY,
          modifyTime: JOINED - 30 * DAY,
          ext: { dissolved_by: 'owner' },
        }),
        conversation(
          DEMO_CONVERSATIONS.oneToOne.conversationId,
          pair.map((userId, i) => ({
            userId,
            role: 0,
            operator: userId,
            nickname: i ? 'Bo' : 'Ama',
            status: 0,
            createTime: JOINED + i,
          })),
          {
            type: 1,
            status: 0,
            owner: pair[0] ?? 0n,
            creator: pair[0] ?? 0n,
            createTime: JOINED,
            modifyTime: JOINED + DAY,
            otherUserId: pair[1],
            ext: {},
          },
        ),
      ]),
    ],
    [
      '100002',
      new Map([
        conversation(DEMO_CONVERSATIONS.liveGroup.conversationId, liveMembers(), {
          name: 'Evening Show',
          type: 100,
          status: 0,
          owner: LIVE_HOST,
          creator: LIVE_HOST,
          createTime: JOINED,
          modifyTime: JOINED + 2 * DAY,
          notice: 'Live every night at 20:00',
          ext: { category: 'music' },
        }),
      ]),
    ],
  ]);
}
