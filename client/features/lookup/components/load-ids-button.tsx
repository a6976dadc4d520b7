import Button from '@mui/material/Button';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { UploadFileIcon } from './id-file-icons';

interface Props {
  disabled?: boolean;
  onFile: (file: File) => void;
}

/**
 * A real button (keyboard and screen readers reach it) that opens the hidden file input. The input carries the same
 * name, so tests and assistive tools can still set a file on it directly.
 */
export function LoadIdsButton({ disabled, onFile }: Props) {
  const { t } = useTranslation('lookup');
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        size="small"
        variant="text"
        startIcon={<UploadFileIcon fontSize="small" />}
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {t('idFile.load')}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        accept=".txt,.csv,text/plain,text/csv"
        aria-label={t('idFile.load')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again (after editing it) loads it again.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
