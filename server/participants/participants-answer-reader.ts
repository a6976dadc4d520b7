import type { Participant } from '../../contract/lookup';
import type { AnswerReader } from '../volcengine/answer';
import { participantsResultSchema, toParticipant } from './upstream-participant';

export interface ParticipantsQuestion {
  conversationId: string;
  userIds: string[];
}

/**
 * Reads BatchGetConversationParticipant's Result. Only a well-formed answer may say "not a member": every listed
 * participant must have been asked for, belong to this conversation and appear once, and Result may hold nothing
 * but `Participants`. Anything else fails the whole batch, so none of its IDs is ever shown as a non-member.
 */
export const participantsAnswerReader: AnswerReader<ParticipantsQuestion, Participant[]> = {
  name: 'participants',
  read(result, { conversationId, userIds }) {
    const parsed = participantsResultSchema.safeParse(result);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      return { ok: false, reason: `${where}${issue?.message ?? 'unexpected Result'}`.slice(0, 200) };
    }
    const asked = new Set(userIds);
    const seen = new Set<string>();
    const participants: Participant[] = [];
    for (const raw of parsed.data.Participants ?? []) {
      const p = toParticipant(raw);
      if (p.conversationId !== conversationId)
        return { ok: false, reason: `a participant of another conversation (${p.conversationId})` };
      if (!asked.has(p.userId)) return { ok: false, reason: `a participant that was not asked for (${p.userId})` };
      if (seen.has(p.userId)) return { ok: false, reason: `participant ${p.userId} listed twice` };
      seen.add(p.userId);
      participants.push(p);
    }
    return { ok: true, value: participants };
  },
};
