import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantRow } from '../build-rows';
import { ExportExcelButton } from './export-excel-button';
import { MemberCards } from './member-cards';
import { MemberDetailsProvider } from './member-details-context';
import { usePhoneWidth } from './use-phone-width';

interface Props {
  rows: ParticipantRow[];
  appId: string;
  conversationId: string;
  /** The desktop view (the data grid), rendered as given; at phone width cards take its place. */
  grid: ReactNode;
}

/** The rows with their detail drawer and Excel export: a grid on wide screens, cards on a phone. */
export function MemberResults({ rows, appId, conversationId, grid }: Props) {
  const { t } = useTranslation('lookup');
  const phone = usePhoneWidth();
  return (
    <MemberDetailsProvider>
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        <ExportExcelButton rows={rows} fileName={`members-${appId}-${conversationId}.xlsx`} />
      </Stack>
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
