import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import SvgIcon from '@mui/material/SvgIcon';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useCopy } from '../../../components/use-copy';

const COPY_PATH =
  'M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12V1zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2zm0 16H8V7h11v14z';

/** Copies the member's JSON; the outcome is announced beside the button, which keeps its name. */
export function CopyJsonButton({ text }: { text: string }) {
  const { t } = useTranslation(['lookup', 'common']);
  // If copying fails, the message stays and the fields above stay selectable.
  const { state, copy } = useCopy(2500, { keepFailure: true });

  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
      <Button
        variant="outlined"
        onClick={() => copy(text)}
        startIcon={
          <SvgIcon>
            <path d={COPY_PATH} />
          </SvgIcon>
        }
      >
        {t('lookup:details.copyJson')}
      </Button>
      <Typography role="status" variant="body2" color={state === 'failed' ? 'error' : 'text.secondary'}>
        {state === 'copied' ? t('common:copy.copied') : state === 'failed' ? t('common:copy.failed') : ''}
      </Typography>
    </Stack>
  );
}
