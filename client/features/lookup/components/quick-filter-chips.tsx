import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import { QUICK_FILTERS, type QuickFilter, type QuickFilterCounts } from '../quick-filters';

interface Props {
  counts: QuickFilterCounts;
  active: QuickFilter | null;
  onChange: (filter: QuickFilter | null) => void;
}

/**
 * One toggle per filter, each with its count over the whole result. Pressing the active one again (or "All")
 * shows every row. Toggle buttons rather than a radio group: each one is a single click or key press.
 */
export function QuickFilterChips({ counts, active, onChange }: Props) {
  const { t } = useTranslation('lookup');
  const chip = (key: QuickFilter | null, label: string, count: number) => {
    const pressed = active === key;
    return (
      <Chip
        key={key ?? 'all'}
        component="button"
        type="button"
        aria-pressed={pressed}
        clickable
        color={pressed ? 'primary' : 'default'}
        variant={pressed ? 'filled' : 'outlined'}
        onClick={() => onChange(pressed ? null : key)}
        label={
          <>
            {label}{' '}
            <Box component="span" sx={{ ml: 0.25, fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
              {t('quickFilter.count', { count })}
            </Box>
          </>
        }
        // Empty filters stay visible (their 0 is an answer) but read quieter: a secondary colour and a dashed edge,
        // not opacity, which would fail contrast.
        sx={count === 0 && !pressed ? { color: 'text.secondary', borderStyle: 'dashed' } : undefined}
      />
    );
  };
  return (
    <Box
      role="group"
      aria-label={t('quickFilter.label')}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}
    >
      {chip(null, t('quickFilter.all'), counts.all)}
      {QUICK_FILTERS.map((key) => chip(key, t(`quickFilter.${key}`), counts[key]))}
    </Box>
  );
}
