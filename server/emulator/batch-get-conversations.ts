import { numeral } from '../volcengine/lossless';
import type { EmulatorAction } from './emulator-action';
import { GatewayRejection } from './gateway-error';
import { optionalBoolean, requireInteger, requireIntegerList } from './request-fields';

/** BatchGetConversations: the core facts of each conversation asked for; unknown ones are left out. */
export const batchGetConversations: EmulatorAction = ({ store, body }) => {
  const appId = requireInteger(body, 'AppId');
  const ids = requireIntegerList(body, 'ConversationShortId', 20);
  // The SDK's default skips the member count; the console asks for it.
  const skipCount = optionalBoolean(body, 'SkipMemberCount', true);
  const app = store.get(appId);
  if (!app) throw new GatewayRejection('AccessDenied.NoPermissionForApp', `no permission for AppId ${appId}`);
  const infos = ids.flatMap((id) => {
    const c = app.get(id);
    if (!c) return [];
    const info: Record<string, unknown> = {
      ConversationShortId: numeral(id),
      ConversationId: `0:1:${id}`,
      AppId: numeral(appId),
      InboxType: numeral('0'),
      Name: c.name ?? '',
      AvatarUrl: '',
      Description: c.description ?? '',
      OwnerUserId: numeral(c.owner.toString()),
      CreatorUserId: numeral(c.creator.toString()),
      Notice: c.notice ?? '',
      Status: numeral(String(c.status)),
      Ext: c.ext,
      CreateTime: numeral(String(c.createTime)),
      ModifyTime: numeral(String(c.modifyTime)),
      ConversationType: numeral(String(c.type)),
    };
    if (!skipCount) info.MemberCount = numeral(String(c.members.length));
    if (c.type === 100) info.OnlineCount = numeral(String(c.members.filter((m) => m.online).length));
    if (c.otherUserId !== undefined) info.OtherUserId = numeral(c.otherUserId.toString());
    return [info];
  });
  return { ConversationCoreInfos: infos };
};
