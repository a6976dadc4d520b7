import { isLosslessNumber } from 'lossless-json';
import { z } from 'zod';
import type { Participant } from '../../contract/lookup';
import { losslessId, losslessSafeInt } from '../volcengine/lossless';

// Ext values are documented as strings; a numeral there is shown as its exact digits rather than rejected.
export const extValue = z.union([
  z.string(),
  z.custom<{ value: string }>((v) => isLosslessNumber(v)).transform((n) => n.value),
  z.boolean().transform(String),
]);

/** A Participant as BatchGetConversationParticipant sends it. Only the IDs and Role are promised. */
export const upstreamParticipantSchema = z.object({
  ConversationShortId: losslessId,
  ParticipantUserId: losslessId,
  // Go's omitempty drops zero values; Role is documented as always present, so its absence means 0.
  Role: losslessSafeInt.optional(),
  Level: losslessSafeInt.nullish(),
  NickName: z.string().nullish(),
  Status: losslessSafeInt.nullish(),
  Operator: losslessId.nullish(),
  CreateTime: losslessSafeInt.nullish(),
  BlockTime: losslessSafeInt.nullish(),
  Ext: z.record(z.string(), extValue).nullish(),
  AvatarUrl: z.string().nullish(),
});

// Strict: an unknown key (say `participants`) means we misread the answer, and must not read as "no members".
export const participantsResultSchema = z.strictObject(
  { Participants: z.array(upstreamParticipantSchema).nullish() },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `unknown keys in Result: ${issue.keys.join(', ')}` : undefined,
  },
);

export function toParticipant(raw: z.infer<typeof upstreamParticipantSchema>): Participant {
  return {
    conversationId: raw.ConversationShortId,
    userId: raw.ParticipantUserId,
    role: raw.Role ?? 0,
    level: raw.Level ?? null,
    nickname: raw.NickName ?? null,
    status: raw.Status ?? null,
    operator: raw.Operator ?? null,
    joinedAt: raw.CreateTime ?? null,
    mutedUntil: raw.BlockTime ?? null,
    ext: (raw.Ext as Record<string, string> | null | undefined) ?? {},
    avatarUrl: raw.AvatarUrl ?? null,
  };
}
