import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { type DragEvent, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  onFile: (file: File) => void;
  children: ReactNode;
}

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

/**
 * Takes a file dropped anywhere on the User IDs field. Dropping is a shortcut for the "Load IDs from file" button
 * beside it, which is the way for keyboards and screen readers. Text dragged in is left to the text field.
 */
export function IdDropZone({ onFile, children }: Props) {
  const { t } = useTranslation('lookup');
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child crossed; count them so the highlight doesn't flicker.
  const depth = useRef(0);
  const leave = () => {
    depth.current = 0;
    setOver(false);
  };
  return (
    <Box
      sx={{ position: 'relative' }}
      onDragEnter={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(event) => {
        if (!carriesFiles(event)) return;
        depth.current -= 1;
        if (depth.current <= 0) leave();
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        leave();
        const file = event.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      {children}
      {over && (
        <Box
          aria-hidden
          sx={{
            position: 'absolute',
            inset: 0,
            display: 'grid',
            placeItems: 'center',
            border: 2,
            borderStyle: 'dashed',
            borderColor: 'primary.main',
            borderRadius: 1,
            bgcolor: 'background.paper',
            opacity: 0.95,
            pointerEvents: 'none',
          }}
        >
          <Typography color="primary" sx={{ fontWeight: 600 }}>
            {t('idFile.dropHere')}
          </Typography>
        </Box>
      )}
    </Box>
  );
}
