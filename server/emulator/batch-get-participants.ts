import { isLosslessNumber, type LosslessNumber } from 'lossless-json';
import { numeral } from '../volcengine/lossless';
import { GatewayRejection } from './gateway-error';
import type { Store, StoredMember } from './seed';

/** The most IDs the emulator takes in one call; Volcengine's real limit is undocumented. */
export const EMULATOR_MAX_BATCH = 100;

const isInteger = (value: unknown): value is LosslessNumber => isLosslessNumber(value) && /^-?\d+$/.test(value.value);

function requireInteger(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (value === undefined) throw new GatewayRejection('MissingParameter', `${name} is required`);
  // IDs must arrive as bare JSON numerals; a quoted ID is a bug in the caller.
  if (!isInteger(value)) throw new GatewayRejection('InvalidParameter', `${name} must be an integer`);
  return BigInt(value.value).toString();
}

function toWire(member: StoredMember, conversationId: string, nowSec: number) {
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
  return wire;
}

export function batchGetConversationParticipant(store: Store, body: Record<string, unknown>, nowSec: number) {
  const appId = requireInteger(body, 'AppId');
  const conversationId = requireInteger(body, 'ConversationShortId');
  const ids = body.ParticipantUserIds;
  if (ids === undefined) throw new GatewayRejection('MissingParameter', 'ParticipantUserIds is required');
  if (!Array.isArray(ids) || !ids.every(isInteger)) {
    throw new GatewayRejection('InvalidParameter', 'ParticipantUserIds must be an array of integers');
  }
  if (ids.length === 0 || ids.length > EMULATOR_MAX_BATCH) {
    throw new GatewayRejection('InvalidParameter', `ParticipantUserIds must hold 1 to ${EMULATOR_MAX_BATCH} IDs`);
  }
  const app = store.get(appId);
  if (!app) throw new GatewayRejection('AccessDenied.NoPermissionForApp', `no permission for AppId ${appId}`);
  const members = app.get(conversationId);
  // Non-members are left out of Participants, not reported as errors.
  const participants = ids
    .map((id) => members?.get(BigInt(id.value).toString()))
    .filter((member): member is StoredMember => member !== undefined)
    .map((member) => toWire(member, conversationId, nowSec));
  return { Participants: participants };
}
