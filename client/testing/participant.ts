import type { Participant } from '../../contract/lookup';
import type { ParticipantRow } from '../features/lookup/build-rows';

/** A member as the server sends one, every field empty unless the test sets it. */
export const participant = (userId: string, patch: Partial<Participant> = {}): Participant => ({
  conversationId: '7101234567890123456',
  userId,
  role: 0,
  level: null,
  nickname: null,
  status: 0,
  operator: null,
  joinedAt: null,
  mutedUntil: null,
  ext: {},
  avatarUrl: null,
  ...patch,
});

/** That member's row in the results grid. */
export const memberRow = (userId: string, patch: Partial<Participant> = {}): ParticipantRow => ({
  id: userId,
  kind: 'member',
  participant: participant(userId, patch),
});
