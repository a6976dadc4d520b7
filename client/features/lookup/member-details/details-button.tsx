import IconButton from '@mui/material/IconButton';
import SvgIcon from '@mui/material/SvgIcon';
import { useTranslation } from 'react-i18next';
import type { ParticipantRow } from '../build-rows';
import { DETAILS_PATH } from './details-icon';
import { useOpenMemberDetails } from './member-details-context';

interface Props {
  row: ParticipantRow;
  /** The grid's roving tab index for the cell, so Tab leaves the grid instead of visiting every row's button. */
  tabIndex?: 0 | -1;
}

/** "Details for <userId>"; renders nothing where no drawer is provided. */
export function DetailsButton({ row, tabIndex }: Props) {
  const { t } = useTranslation('lookup');
  const openDetails = useOpenMemberDetails();
  if (!openDetails) return null;
  return (
    <IconButton
      size="small"
      tabIndex={tabIndex}
      aria-label={t('details.open', { userId: row.id })}
      onClick={(event) => {
        // The row's own click handler would open the drawer a second time.
        event.stopPropagation();
        openDetails(row);
      }}
    >
      <SvgIcon fontSize="small">
        <path d={DETAILS_PATH} />
      </SvgIcon>
    </IconButton>
  );
}
