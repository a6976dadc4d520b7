import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIso } from '../lib/format/date-time';
import { useFormat } from '../lib/i18n/use-format';

interface TimeTooltipProps {
  ms: number;
  seconds?: boolean;
  children: ReactNode;
}

/**
 * Wraps a shown time in `<time datetime>` with the same moment in the other zone on hover: UTC when the page shows
 * local time, local time when it shows UTC.
 */
export function TimeTooltip({ ms, seconds, children }: TimeTooltipProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const other = format.alternate(ms, { seconds });
  const title = format.timeZone === 'utc' ? t('time.local', { time: other.full }) : t('time.utc', { time: other.full });
  return (
    <Tooltip title={title} describeChild disableInteractive placement="top-start">
      <Box component="time" dateTime={formatIso(ms)} sx={{ display: 'block', lineHeight: 1.35 }}>
        {children}
      </Box>
    </Tooltip>
  );
}

interface DateTimeProps {
  ms: number;
  /** Seconds matter in an audit trail: they order the events of one incident. */
  seconds?: boolean;
}

/** Date over time and zone: narrow enough for a grid column, and it never wraps mid-date. */
export function DateTime({ ms, seconds }: DateTimeProps) {
  const format = useFormat();
  const { date, time, zone } = format.time(ms, { seconds });
  return (
    <TimeTooltip ms={ms} seconds={seconds}>
      <Typography variant="body2" component="span" sx={{ display: 'block', whiteSpace: 'nowrap' }}>
        {date}
      </Typography>
      <Typography variant="caption" component="span" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
        {time} {zone}
      </Typography>
    </TimeTooltip>
  );
}
