import { numeral } from '../volcengine/lossless';
import type { EmulatorAction } from './emulator-action';
import { GatewayRejection } from './gateway-error';
import { optionalBoolean, optionalInteger, requireInteger } from './request-fields';
import { wireMember } from './wire-member';

/**
 * ScanConversationParticipantList. The emulator's cursor is an offset into the listing by default; with
 * `cursorStyle: 'opaque'` it is scrambled, as a real gateway's may be, so callers can't compute one.
 */
export const scanConversationParticipantList: EmulatorAction = ({ store, body, nowSec, settings }) => {
  const appId = requireInteger(body, 'AppId');
  const conversationId = requireInteger(body, 'ConversationShortId');
  const limit = Number(optionalInteger(body, 'Limit', 20n));
  if (limit < 1 || limit > settings.maxScanLimit) {
    throw new GatewayRejection('InvalidParameter.Limit', `Limit must be from 1 to ${settings.maxScanLimit}`);
  }
  const cursor = optionalInteger(body, 'Cursor', 0n);
  const reverse = optionalBoolean(body, 'Reverse', false);
  const onlyIds = optionalBoolean(body, 'OnlyUserIds', false);
  const onlineOnly = optionalBoolean(body, 'ScanOnlineParticipant', false);
  const app = store.get(appId);
  if (!app) throw new GatewayRejection('AccessDenied.NoPermissionForApp', `no permission for AppId ${appId}`);
  const c = app.get(conversationId);
  const offset = settings.cursorStyle === 'opaque' ? decodeOpaque(cursor) : Number(cursor);
  if (!Number.isSafeInteger(offset) || offset < 0)
    throw new GatewayRejection('InvalidParameter', 'Cursor is not valid');

  let listing = c?.members ?? [];
  // Online members are a live-group feature, newest first; Reverse and OnlyUserIds don't apply.
  if (onlineOnly) listing = c?.type === 100 ? listing.filter((m) => m.online).reverse() : [];
  else if (reverse) listing = [...listing].reverse();
  const page = listing.slice(offset, offset + limit);
  const next = offset + page.length;
  const hasMore = next < listing.length;
  return {
    Participants: page.map((m) =>
      onlyIds && !onlineOnly
        ? { ConversationShortId: numeral(conversationId), ParticipantUserId: numeral(m.userId.toString()) }
        : wireMember(m, conversationId, nowSec, true),
    ),
    HasMore: hasMore,
    NextCursor: numeral(hasMore ? String(settings.cursorStyle === 'opaque' ? encodeOpaque(next) : next) : '-1'),
  };
};

const SCRAMBLE = 7_919n;
const SHIFT = 1_000_003n;
const encodeOpaque = (offset: number) => (BigInt(offset) * SCRAMBLE + SHIFT).toString();
const decodeOpaque = (cursor: bigint) => (cursor === 0n ? 0 : Number((cursor - SHIFT) / SCRAMBLE));
