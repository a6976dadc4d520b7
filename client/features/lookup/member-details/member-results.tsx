import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantRow } from '../build-rows';
import { MemberCards } from './member-cards';
import { MemberDetailsProvider } from './member-details-context';
import { usePhoneWidth } from './use-phone-width';

interface Props {
  rows: ParticipantRow[];
  conversationId: string;
  /** The desktop view (the data grid), rendered as given; at phone width cards take its place. */
  grid: ReactNode;
}

/** The rows with their detail drawer: a grid on wide screens, cards on a phone. */
export function MemberResults({ rows, conversationId, grid }: Props) {
  const { t } = useTranslation('lookup');
  const phone = usePhoneWidth();
  return (
    <MemberDetailsProvider>
      {phone ? (
        <MemberCards
          rows={rows}
          label={conversationId ? t('grid.label', { conversationId }) : t('grid.labelNoConversation')}
        />
      ) : (
        grid
      )}
    </MemberDetailsProvider>
  );
}
