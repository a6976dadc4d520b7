/**
 * Demo mode's fixed identity. The credentials only open the embedded emulator on loopback, which holds
 * made-up data, so they are published here on purpose; real credentials come from the environment.
 */
export const DEMO_CREDENTIALS = {
  accessKeyId: 'AKLTDEMOIMCONSOLE0000000000000000',
  secretKey: 'demo-secret-for-the-embedded-emulator-only',
  sessionToken: undefined,
} as const;

export const DEMO_APPS = [
  { id: '100001', label: 'Demo Community' },
  { id: '100002', label: 'Demo Live' },
];

export const DEMO_EXAMPLE = {
  appId: '100001',
  conversationId: '7101234567890123456',
  userIds: [
    '9223372036854775807',
    '9007199254740993',
    '7300000000000000011',
    '7300000000000000012',
    '7300000000000000013',
    '7300000000000000014',
    '7300000000000000015',
    '7300000000000000016',
    '7300000000000000099',
  ],
};

/** A large conversation for load tests and benchmarks: members are BULK_FIRST_MEMBER + 0 … BULK_MEMBERS - 1. */
export const BULK_CONVERSATION = { appId: '100001', conversationId: '7300000000000000000' };
export const BULK_FIRST_MEMBER = 8000000000000000000n;
export const BULK_MEMBERS = 20_000;

/** The demo's other conversations, one of each kind an investigation meets. */
export const DEMO_CONVERSATIONS = {
  dissolved: { appId: '100001', conversationId: '7300000000000000001' },
  oneToOne: { appId: '100001', conversationId: '7300000000000000002' },
  liveGroup: { appId: '100002', conversationId: '7400000000000000001' },
  /** Nobody has this one: BatchGetConversations answers with an empty list. */
  unknown: { appId: '100001', conversationId: '7999999999999999999' },
} as const;
