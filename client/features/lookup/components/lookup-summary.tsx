import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { LookupCounts } from '../build-rows';
import { RequestId } from './request-id';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function summaryText({ members, notMembers, notChecked }: LookupCounts): string {
  const parts = [plural(members, 'member', 'members'), plural(notMembers, 'not a member', 'not members')];
  if (notChecked > 0) parts.push(`${notChecked.toLocaleString('en-US')} not checked`);
  return parts.join(' · ');
}

interface Props {
  counts: LookupCounts;
  requestIds: string[];
}

// Large lookups fan out into many upstream calls; a few RequestIds are enough to start a support ticket.
const SHOWN_REQUEST_IDS = 3;

export function LookupSummary({ counts, requestIds }: Props) {
  const shown = requestIds.slice(0, SHOWN_REQUEST_IDS);
  const hidden = requestIds.length - shown.length;
  return (
    <Stack
      direction={{ xs: 'column', md: 'row' }}
      spacing={{ xs: 0.5, md: 2 }}
      sx={{ alignItems: { md: 'center' }, justifyContent: 'space-between' }}
    >
      <Typography component="p" variant="subtitle1" role="status" sx={{ fontWeight: 600 }}>
        {summaryText(counts)}
      </Typography>
      {shown.length > 0 && (
        <Box
          sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, color: 'text.secondary', typography: 'body2' }}
          title={requestIds.join('\n')}
        >
          {shown.map((id) => (
            <RequestId key={id} id={id} />
          ))}
          {hidden > 0 && (
            <Box component="span" sx={{ alignSelf: 'center' }}>
              and {hidden} more
            </Box>
          )}
        </Box>
      )}
    </Stack>
  );
}
