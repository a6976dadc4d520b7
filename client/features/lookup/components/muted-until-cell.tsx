import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { TimeTooltip } from '../../../components/date-time';
import { useFormat } from '../../../lib/i18n/use-format';
import { muteState } from '../mute-state';
import { useNow } from './now-context';

export function MutedUntilCell({ mutedUntil }: { mutedUntil: number | null }) {
  const { t } = useTranslation('lookup');
  const format = useFormat();
  const now = useNow();
  const state = muteState(mutedUntil, now);
  if (state.kind === 'none') return <EmptyValue />;
  const ms = state.until * 1000;
  const shown = format.time(ms);
  const relative = format.relative(ms, now);
  if (state.kind === 'expired') {
    return (
      <TimeTooltip ms={ms}>
        <Typography variant="body2" component="span" color="text.secondary">
          {t('mute.expired', { relative })}
        </Typography>
      </TimeTooltip>
    );
  }
  return (
    <TimeTooltip ms={ms}>
      <Typography
        variant="body2"
        component="span"
        sx={{ display: 'block', color: 'warning.main', fontWeight: 600, whiteSpace: 'nowrap' }}
      >
        {shown.date}
      </Typography>
      <Typography variant="caption" component="span" color="text.secondary">
        {shown.time} {shown.zone} · {relative}
      </Typography>
    </TimeTooltip>
  );
}

/** Shown wherever a value is absent, so an empty cell never looks like a rendering bug. */
export function EmptyValue() {
  return (
    <Typography component="span" variant="body2" color="text.disabled">
      —
    </Typography>
  );
}
