import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import SvgIcon from '@mui/material/SvgIcon';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/date-time';
import { MONO_FONTS } from '../../../lib/fonts';
import type { ParticipantRow } from '../build-rows';
import { ExtCell } from '../components/ext-cell';
import { EmptyValue, MutedUntilCell } from '../components/muted-until-cell';
import { RoleCell } from '../components/role-cell';
import { StatusCell } from '../components/status-cell';
import { DETAILS_PATH } from './details-icon';
import { useOpenMemberDetails } from './member-details-context';

/**
 * One member as a card: the User ID leads, then the grid's fields. The whole card opens the details on a click;
 * keyboard and screen-reader users reach the same through the card's "Details" button.
 */
export function MemberCard({ row }: { row: ParticipantRow }) {
  const { t } = useTranslation('lookup');
  const openDetails = useOpenMemberDetails();
  const participant = row.kind === 'member' ? row.participant : null;
  return (
    <Card
      variant="outlined"
      component="article"
      aria-label={t('cards.label', { userId: row.id })}
      onClick={openDetails ? () => openDetails(row) : undefined}
      sx={{ p: 1.5, cursor: openDetails ? 'pointer' : undefined, '&:hover': { borderColor: 'primary.main' } }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography
          translate="no"
          sx={{ flex: 1, minWidth: 0, fontFamily: MONO_FONTS, fontWeight: 600, overflowWrap: 'anywhere' }}
        >
          {row.id}
        </Typography>
        <StatusCell row={row} />
        {openDetails && (
          <IconButton
            size="small"
            aria-label={t('details.open', { userId: row.id })}
            // The card's own click would open the drawer a second time.
            onClick={(event) => {
              event.stopPropagation();
              openDetails(row);
            }}
          >
            <SvgIcon fontSize="small">
              <path d={DETAILS_PATH} />
            </SvgIcon>
          </IconButton>
        )}
      </Stack>
      {participant && (
        <Box
          component="dl"
          sx={{
            m: 0,
            display: 'grid',
            gridTemplateColumns: 'max-content 1fr',
            columnGap: 1.5,
            rowGap: 0.75,
            alignItems: 'center',
            '& dt': { typography: 'body2', color: 'text.secondary' },
            '& dd': { m: 0, minWidth: 0, typography: 'body2', overflowWrap: 'anywhere' },
          }}
        >
          <Field label={t('grid.nickname')}>
            {participant.nickname ? <span translate="no">{participant.nickname}</span> : <EmptyValue />}
          </Field>
          <Field label={t('grid.role')}>
            <RoleCell role={participant.role} />
          </Field>
          <Field label={t('grid.level')}>{participant.level ?? <EmptyValue />}</Field>
          <Field label={t('grid.mutedUntil')}>
            <MutedUntilCell mutedUntil={participant.mutedUntil} />
          </Field>
          <Field label={t('grid.joinedAt')}>
            {participant.joinedAt ? <DateTime ms={participant.joinedAt * 1000} /> : <EmptyValue />}
          </Field>
          <Field label={t('grid.operator')}>
            {participant.operator ? (
              <Box component="span" translate="no" sx={{ fontFamily: MONO_FONTS }}>
                {participant.operator}
              </Box>
            ) : (
              <EmptyValue />
            )}
          </Field>
          <Field label={t('grid.ext')}>
            <ExtCell ext={participant.ext} />
          </Field>
        </Box>
      )}
    </Card>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
