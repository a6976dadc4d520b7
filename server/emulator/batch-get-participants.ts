import type { EmulatorAction } from './emulator-action';
import { GatewayRejection } from './gateway-error';
import { requireInteger, requireIntegerList } from './request-fields';
import type { StoredMember } from './seed';
import { wireMember } from './wire-member';

/** The most IDs the emulator takes in one call; Volcengine's real limit is undocumented. */
export const EMULATOR_MAX_BATCH = 100;

export const batchGetConversationParticipant: EmulatorAction = ({ store, body, nowSec }) => {
  const appId = requireInteger(body, 'AppId');
  const conversationId = requireInteger(body, 'ConversationShortId');
  const ids = requireIntegerList(body, 'ParticipantUserIds', EMULATOR_MAX_BATCH);
  const app = store.get(appId);
  if (!app) throw new GatewayRejection('AccessDenied.NoPermissionForApp', `no permission for AppId ${appId}`);
  const members = app.get(conversationId)?.byUser;
  // Non-members are left out of Participants, not reported as errors.
  const participants = ids
    .map((id) => members?.get(id))
    .filter((member): member is StoredMember => member !== undefined)
    .map((member) => wireMember(member, conversationId, nowSec));
  return { Participants: participants };
};
