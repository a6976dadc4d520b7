import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CONVERSATION_STATUS, type ConversationPart } from '../../../../contract/lookup';
import { ErrorAlert } from '../../../components/error-alert';
import { upstreamHttpError } from '../job/job-failure';
import { ConversationDetails } from './conversation-details';
import { ConversationTypeChip } from './conversation-type-chip';

interface Props {
  conversationId: string;
  /** Null while the job has not heard about the conversation yet. */
  part: ConversationPart | null;
  running: boolean;
}

/** What the conversation is, above its members. Its own failure is its own alert; the member rows never depend on it. */
export function ConversationHeader({ conversationId, part, running }: Props) {
  const { t } = useTranslation('lookup');
  const titleId = useId();
  if (!part) {
    return running ? (
      <Paper aria-busy="true" aria-label={t('conversation.loading')} sx={{ p: 2 }}>
        <Skeleton width="30%" height={32} />
        <Skeleton width="70%" />
      </Paper>
    ) : null;
  }
  if (part.state === 'unknown') {
    return (
      <Alert severity="info" variant="outlined" sx={{ bgcolor: 'background.paper' }}>
        <AlertTitle sx={{ fontWeight: 600 }}>{t('conversation.unknownTitle')}</AlertTitle>
        {t('conversation.unknownBody', { conversationId })}
      </Alert>
    );
  }
  if (part.state === 'failed') {
    return <ErrorAlert variant="outlined" context={t('conversation.failed')} error={upstreamHttpError(part.error)} />;
  }
  const c = part.conversation;
  const dissolved = c.status === CONVERSATION_STATUS.dissolved;
  return (
    <Paper component="section" aria-labelledby={titleId} sx={{ p: { xs: 2, sm: 2.5 } }}>
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1, mb: 1.5 }}>
        <Typography id={titleId} variant="h6" component="h2" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
          {c.name ? <span translate="no">{c.name}</span> : t('conversation.unnamed')}
        </Typography>
        <ConversationTypeChip type={c.type} />
        {dissolved && <Chip size="small" color="error" label={t('conversation.dissolvedChip')} />}
      </Box>
      {dissolved && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          <AlertTitle sx={{ fontWeight: 600 }}>{t('conversation.dissolvedTitle')}</AlertTitle>
          {t('conversation.dissolvedBody')}
        </Alert>
      )}
      <ConversationDetails conversation={c} />
    </Paper>
  );
}
