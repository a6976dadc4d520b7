import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CONVERSATION_TYPE, type ConversationInfo } from '../../../../contract/lookup';
import { DateTime } from '../../../components/date-time';
import { MONO_FONTS } from '../../../lib/fonts';
import { useFormat } from '../../../lib/i18n/use-format';
import { ExtCell } from './ext-cell';
import { EmptyValue } from './muted-until-cell';

const Id = ({ id }: { id: string | null }) =>
  id ? (
    <Box component="span" translate="no" sx={{ fontFamily: MONO_FONTS, fontSize: '0.875rem' }}>
      {id}
    </Box>
  ) : (
    <EmptyValue />
  );

/** The conversation's facts as a description list: label over value, wrapping into as many columns as fit. */
export function ConversationDetails({ conversation: c }: { conversation: ConversationInfo }) {
  const { t } = useTranslation('lookup');
  const format = useFormat();
  const live = c.type === CONVERSATION_TYPE.liveGroup;
  const members =
    c.memberCount === null
      ? null
      : live && c.onlineCount !== null
        ? t('conversation.membersOnline', {
            members: format.number(c.memberCount),
            online: format.number(c.onlineCount),
          })
        : format.number(c.memberCount);
  const time = (seconds: number | null) => (seconds === null ? <EmptyValue /> : <DateTime ms={seconds * 1000} />);
  const items: Array<[string, ReactNode]> = [
    [t('conversation.id'), <Id key="id" id={c.conversationId} />],
    [t('conversation.members'), members ?? <EmptyValue />],
    [t('conversation.owner'), <Id key="owner" id={c.ownerId} />],
    [t('conversation.creator'), <Id key="creator" id={c.creatorId} />],
    ...(c.otherUserId
      ? [[t('conversation.otherUser'), <Id key="other" id={c.otherUserId} />] as [string, ReactNode]]
      : []),
    [t('conversation.createdAt'), time(c.createdAt)],
    [t('conversation.modifiedAt'), time(c.modifiedAt)],
  ];
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', md: 'repeat(auto-fill, minmax(180px, 1fr))' },
      }}
    >
      {items.map(([label, value]) => (
        <Box key={label} sx={{ minWidth: 0 }}>
          <Typography component="dt" variant="caption" color="text.secondary">
            {label}
          </Typography>
          <Box component="dd" sx={{ m: 0, typography: 'body2', fontWeight: 500, overflowWrap: 'anywhere' }}>
            {value}
          </Box>
        </Box>
      ))}
      <Box sx={{ gridColumn: '1 / -1', minWidth: 0 }}>
        <Typography component="dt" variant="caption" color="text.secondary">
          {t('conversation.ext')}
        </Typography>
        <Box component="dd" sx={{ m: 0 }}>
          <ExtCell ext={c.ext} />
        </Box>
      </Box>
    </Box>
  );
}
