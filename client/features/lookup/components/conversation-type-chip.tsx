import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import { CONVERSATION_TYPE } from '../../../../contract/lookup';

export function ConversationTypeChip({ type }: { type: number | null }) {
  const { t } = useTranslation('lookup');
  const label =
    type === CONVERSATION_TYPE.oneToOne
      ? t('conversation.type.oneToOne')
      : type === CONVERSATION_TYPE.group
        ? t('conversation.type.group')
        : type === CONVERSATION_TYPE.liveGroup
          ? t('conversation.type.liveGroup')
          : type === null
            ? null
            : t('conversation.type.other', { type });
  return label ? <Chip size="small" variant="outlined" color="primary" label={label} /> : null;
}
