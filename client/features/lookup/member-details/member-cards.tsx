import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantRow } from '../build-rows';
import { NowProvider } from '../components/now-context';
import { MemberCard } from './member-card';

// Cards are heavier than grid rows; a long lookup grows the list on demand instead of building thousands at once.
const PAGE = 50;

interface Props {
  rows: ParticipantRow[];
  label: string;
}

/** The phone-width results: one card per requested ID, in input order. */
export function MemberCards({ rows, label }: Props) {
  const { t } = useTranslation('lookup');
  const [limit, setLimit] = useState(PAGE);
  const shown = rows.slice(0, limit);
  return (
    <NowProvider>
      <Stack component="ul" aria-label={label} spacing={1.5} sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {shown.map((row) => (
          <Box component="li" key={row.id}>
            <MemberCard row={row} />
          </Box>
        ))}
      </Stack>
      {rows.length > shown.length && (
        <Card variant="outlined" sx={{ mt: 1.5, p: 1.5, textAlign: 'center' }}>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t('cards.shown', { shown: shown.length, total: rows.length })}
          </Typography>
          <Button variant="outlined" onClick={() => setLimit((current) => current + PAGE)}>
            {t('cards.showMore', { count: Math.min(PAGE, rows.length - shown.length) })}
          </Button>
        </Card>
      )}
    </NowProvider>
  );
}
