import { numeral } from '../volcengine/lossless';
import type { StoredMember } from './seed';

/** A member as the IM API sends it: Go's omitempty drops what the seed leaves out. */
export function wireMember(member: StoredMember, conversationId: string, nowSec: number, extras = false) {
  const wire: Record<string, unknown> = {
    ConversationShortId: numeral(conversationId),
    ParticipantUserId: numeral(member.userId.toString()),
    Role: numeral(String(member.role)),
    Operator: numeral(member.operator.toString()),
  };
  if (member.level !== undefined) wire.Level = numeral(String(member.level));
  if (member.nickname !== undefined) wire.NickName = member.nickname;
  if (member.status !== undefined) wire.Status = numeral(String(member.status));
  if (member.createTime !== undefined) wire.CreateTime = numeral(String(member.createTime));
  if (member.mutedForSec !== undefined) {
    wire.BlockTime = numeral(String(member.mutedForSec === 0 ? 0 : nowSec + member.mutedForSec));
  }
  if (member.ext !== undefined) wire.Ext = member.ext;
  // ScanConversationParticipantList's items also carry these.
  if (extras) {
    wire.AvatarUrl = member.avatarUrl ?? '';
    wire.Marks = member.online ? ['online'] : [];
  }
  return wire;
}
