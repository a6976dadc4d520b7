import IconButton from '@mui/material/IconButton';
import SvgIcon from '@mui/material/SvgIcon';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import { useCopy } from './use-copy';

// Material "content_copy" and "check" paths, inlined to avoid pulling in @mui/icons-material for two glyphs.
const COPY_PATH =
  'M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12V1zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2zm0 16H8V7h11v14z';
const CHECK_PATH = 'M9 16.17 4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z';

interface Props {
  text: string;
  /** The accessible name, e.g. "Copy request ID". */
  label: string;
}

export function CopyButton({ text, label }: Props) {
  const { t } = useTranslation();
  // If copying fails, the text stays selectable.
  const { state, copy } = useCopy(1500);

  const tooltip = state === 'copied' ? t('copy.copied') : state === 'failed' ? t('copy.failed') : label;
  return (
    <Tooltip title={tooltip}>
      <IconButton size="small" color="inherit" aria-label={label} onClick={() => copy(text)}>
        <SvgIcon fontSize="inherit">
          <path d={state === 'copied' ? CHECK_PATH : COPY_PATH} />
        </SvgIcon>
      </IconButton>
    </Tooltip>
  );
}
