import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentLookup } from '../../../../contract/saved-lookups';
import { visibleText } from '../../../../contract/visible-text';
import { DateTime } from '../../../components/date-time';

interface Props {
  lookup: RecentLookup;
  appLabel: (appId: string) => string;
  outcome: ReactNode;
  running: boolean;
  disabled: boolean;
  onRerun: () => void;
}

export function RecentLookupItem({ lookup, appLabel, outcome, running, disabled, onRerun }: Props) {
  const { t } = useTranslation('history');
  const summaryId = useId();
  const what = lookup.mode === 'browse' ? t('allMembers') : t('userCount', { count: lookup.userCount });
  // A record without its question (refused before it was read) can't run again.
  const runnable = lookup.appId !== null && lookup.conversationId !== null;
  return (
    <Paper
      component="li"
      variant="outlined"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr auto', md: '180px minmax(0, 1fr) 200px auto' },
        gridTemplateAreas: { xs: '"when action" "what what" "outcome outcome"', md: '"when what outcome action"' },
        columnGap: 2,
        rowGap: 1,
        alignItems: 'center',
        px: 2,
        py: 1.5,
      }}
    >
      <Box sx={{ gridArea: 'when' }}>
        <DateTime ms={Date.parse(lookup.at)} />
      </Box>
      <Box id={summaryId} sx={{ gridArea: 'what', minWidth: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
          {t('conversation')}{' '}
          <Box component="span" translate="no" sx={{ fontFamily: 'monospace' }}>
            {lookup.conversationId ?? '—'}
          </Box>
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          <span translate="no">{lookup.appId ? appLabel(lookup.appId) : '—'}</span> · {what}
          {lookup.reason && (
            <>
              {' · '}
              <span translate="no">{visibleText(lookup.reason)}</span>
            </>
          )}
        </Typography>
      </Box>
      <Box sx={{ gridArea: 'outcome' }}>{outcome}</Box>
      <Box sx={{ gridArea: 'action', justifySelf: 'end' }}>
        {runnable && (
          <Button
            variant="outlined"
            size="small"
            onClick={onRerun}
            loading={running}
            disabled={disabled && !running}
            aria-describedby={summaryId}
          >
            {t('rerun')}
          </Button>
        )}
      </Box>
    </Paper>
  );
}
