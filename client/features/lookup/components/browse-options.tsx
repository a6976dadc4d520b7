import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

interface Props {
  newestFirst: boolean;
  onlineOnly: boolean;
  onChange: (patch: { newestFirst?: boolean; onlineOnly?: boolean }) => void;
}

/**
 * Options of a browse (User IDs left empty). "Online members only" applies to live groups; the type is not known
 * before the run, so it is always offered and the server answers for other types.
 */
export function BrowseOptions({ newestFirst, onlineOnly, onChange }: Props) {
  const { t } = useTranslation('lookup');
  return (
    <Box role="group" aria-labelledby="browse-options-label">
      <Typography id="browse-options-label" variant="body2" color="text.secondary">
        {t('form.browseHint')}
      </Typography>
      <FormGroup row>
        <FormControlLabel
          control={
            <Checkbox checked={newestFirst} onChange={(event) => onChange({ newestFirst: event.target.checked })} />
          }
          label={t('form.newestFirst')}
        />
        <FormControlLabel
          control={
            <Checkbox checked={onlineOnly} onChange={(event) => onChange({ onlineOnly: event.target.checked })} />
          }
          label={t('form.onlineOnly')}
        />
      </FormGroup>
    </Box>
  );
}
