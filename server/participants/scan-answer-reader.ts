import { z } from 'zod';
import type { Participant } from '../../contract/lookup';
import type { AnswerReader } from '../volcengine/answer';
import { losslessId } from '../volcengine/lossless';
import { toParticipant, upstreamParticipantSchema } from './upstream-participant';

const resultSchema = z.strictObject({
  Participants: z.array(upstreamParticipantSchema.extend({ Marks: z.array(z.string()).nullish() })).nullish(),
  HasMore: z.boolean().nullish(),
  // Documented as int; read as an ID so a large opaque cursor survives digit for digit.
  NextCursor: losslessId.nullish(),
});

export interface ScanPage {
  participants: Participant[];
  hasMore: boolean;
  /** The cursor for the next page, as its exact digits; null when there is none (negative or absent). */
  nextCursor: string | null;
}

/** Reads one page of ScanConversationParticipantList: members of this conversation, each once. */
export const scanAnswerReader: AnswerReader<{ conversationId: string }, ScanPage> = {
  name: 'scan',
  read(result, { conversationId }) {
    const parsed = resultSchema.safeParse(result);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, reason: `${issue?.path.join('.') ?? ''} ${issue?.message ?? 'unexpected Result'}`.trim() };
    }
    const seen = new Set<string>();
    const participants: Participant[] = [];
    for (const raw of parsed.data.Participants ?? []) {
      const p = toParticipant(raw);
      if (p.conversationId !== conversationId)
        return { ok: false, reason: `a participant of another conversation (${p.conversationId})` };
      if (seen.has(p.userId)) return { ok: false, reason: `participant ${p.userId} listed twice` };
      seen.add(p.userId);
      participants.push(p);
    }
    const next = parsed.data.NextCursor ?? null;
    const hasMore = parsed.data.HasMore === true;
    // "More to come" with no cursor to fetch it by is not the end of the listing; it's an answer we can't follow.
    if (hasMore && (next === null || next.startsWith('-'))) {
      return { ok: false, reason: 'HasMore is true but NextCursor is missing or negative' };
    }
    return { ok: true, value: { participants, hasMore, nextCursor: hasMore ? next : null } };
  },
};
