import Button from '@mui/material/Button';
import SvgIcon from '@mui/material/SvgIcon';
import { useTranslation } from 'react-i18next';
import { useCopy } from '../../../components/use-copy';

// Material "link" and "check" paths, inlined as in components/copy-button.tsx.
const LINK_PATH =
  'M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1zM8 13h8v-2H8v2zm9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24-5-5-5z';
const CHECK_PATH = 'M9 16.17 4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z';

/**
 * "Copy link" in words rather than an icon alone (components/copy-button.tsx): sharing a lookup is a main action
 * of the results, and an operator should not have to hover to find it.
 */
export function CopyLinkButton({ href }: { href: string }) {
  const { t } = useTranslation('lookup');
  // If copying fails, the address bar holds the same link.
  const { state, copy } = useCopy(2000);

  return (
    <Button
      variant="outlined"
      size="small"
      onClick={() => copy(href)}
      startIcon={
        <SvgIcon>
          <path d={state === 'copied' ? CHECK_PATH : LINK_PATH} />
        </SvgIcon>
      }
    >
      {state === 'copied' ? t('link.copied') : state === 'failed' ? t('link.copyFailed') : t('link.copy')}
    </Button>
  );
}
