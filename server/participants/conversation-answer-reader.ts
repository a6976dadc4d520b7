import { z } from 'zod';
import type { ConversationInfo } from '../../contract/lookup';
import type { AnswerReader } from '../volcengine/answer';
import { losslessId, losslessSafeInt } from '../volcengine/lossless';
import { extValue } from './upstream-participant';

/** A ConversationCoreInfo as BatchGetConversations sends it (fields from the official Java SDK's model). */
const coreInfoSchema = z.object({
  ConversationShortId: losslessId,
  ConversationId: z.string().nullish(),
  AppId: losslessSafeInt.nullish(),
  InboxType: losslessSafeInt.nullish(),
  Name: z.string().nullish(),
  AvatarUrl: z.string().nullish(),
  Description: z.string().nullish(),
  OwnerUserId: losslessId.nullish(),
  CreatorUserId: losslessId.nullish(),
  Notice: z.string().nullish(),
  Status: losslessSafeInt.nullish(),
  Ext: z.record(z.string(), extValue).nullish(),
  CreateTime: losslessSafeInt.nullish(),
  ModifyTime: losslessSafeInt.nullish(),
  ConversationType: losslessSafeInt.nullish(),
  MemberCount: losslessSafeInt.nullish(),
  OnlineCount: losslessSafeInt.nullish(),
  OtherUserId: losslessId.nullish(),
});

const resultSchema = z.strictObject({ ConversationCoreInfos: z.array(coreInfoSchema).nullish() });

const text = (value: string | null | undefined) => (value ? value : null);

/**
 * Reads BatchGetConversations' Result for one conversation: its facts, or null when the gateway doesn't know it.
 * An answer about some other conversation, or about several, is not an answer to our question.
 */
export const conversationAnswerReader: AnswerReader<{ conversationId: string }, ConversationInfo | null> = {
  name: 'conversation',
  read(result, { conversationId }) {
    const parsed = resultSchema.safeParse(result);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, reason: `${issue?.path.join('.') ?? ''} ${issue?.message ?? 'unexpected Result'}`.trim() };
    }
    const infos = parsed.data.ConversationCoreInfos ?? [];
    if (infos.length === 0) return { ok: true, value: null };
    const [info] = infos;
    if (infos.length > 1 || !info || info.ConversationShortId !== conversationId) {
      return { ok: false, reason: 'the answer is about another conversation' };
    }
    return {
      ok: true,
      value: {
        conversationId: info.ConversationShortId,
        name: text(info.Name),
        type: info.ConversationType ?? null,
        status: info.Status ?? null,
        ownerId: info.OwnerUserId ?? null,
        creatorId: info.CreatorUserId ?? null,
        memberCount: info.MemberCount ?? null,
        onlineCount: info.OnlineCount ?? null,
        createdAt: info.CreateTime ?? null,
        modifiedAt: info.ModifyTime ?? null,
        description: text(info.Description),
        notice: text(info.Notice),
        avatarUrl: text(info.AvatarUrl),
        otherUserId: info.OtherUserId ?? null,
        ext: info.Ext ?? {},
      },
    };
  },
};
