import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import OutlinedInput from '@mui/material/OutlinedInput';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ALL_APPS } from '../../../../contract/operators';
import { MONO_FONTS } from '../../../lib/fonts';
import { nextAppSelection } from '../operator-form';

interface Props {
  value: string[];
  onChange: (apps: string[]) => void;
  /** The apps the console serves. */
  apps: { id: string; label: string }[];
  /** From the server, e.g. an app this console does not serve. */
  error?: string | null;
  disabled?: boolean;
}

/** A multi-select of the console's apps plus "All apps (*)"; the two kinds exclude each other. */
export function AppsField({ value, onChange, apps, error, disabled }: Props) {
  const { t } = useTranslation('operators');
  const labelId = useId();
  const helpId = useId();
  // A grant for an app no longer configured stays visible, so saving doesn't silently drop it.
  const options = [
    ...apps,
    ...value.filter((id) => id !== ALL_APPS && !apps.some((app) => app.id === id)).map((id) => ({ id, label: '' })),
  ];
  const labelOf = (id: string) => options.find((app) => app.id === id)?.label || id;
  return (
    <FormControl fullWidth error={Boolean(error)} disabled={disabled}>
      <InputLabel id={labelId}>{t('form.apps')}</InputLabel>
      <Select
        labelId={labelId}
        multiple
        value={value}
        onChange={(event) => {
          const picked = typeof event.target.value === 'string' ? event.target.value.split(',') : event.target.value;
          onChange(nextAppSelection(value, picked));
        }}
        input={<OutlinedInput label={t('form.apps')} />}
        inputProps={{ 'aria-describedby': helpId }}
        renderValue={(selected) => (
          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
            {selected.map((id) => (
              <Chip key={id} size="small" label={id === ALL_APPS ? t('allApps') : labelOf(id)} />
            ))}
          </Stack>
        )}
      >
        <MenuItem value={ALL_APPS}>
          <Checkbox size="small" checked={value.includes(ALL_APPS)} tabIndex={-1} sx={{ p: 0.5, mr: 1 }} />
          <ListItemText primary={t('form.allAppsOption')} />
        </MenuItem>
        {options.map((app) => (
          <MenuItem key={app.id} value={app.id}>
            <Checkbox size="small" checked={value.includes(app.id)} tabIndex={-1} sx={{ p: 0.5, mr: 1 }} />
            <ListItemText
              primary={app.label || app.id}
              secondary={app.label ? app.id : null}
              slotProps={{ secondary: { translate: 'no', sx: { fontFamily: MONO_FONTS } } }}
            />
          </MenuItem>
        ))}
      </Select>
      <FormHelperText id={helpId}>
        {error ?? (value.length === 0 ? t('form.appsNone') : t('form.appsHelp'))}
      </FormHelperText>
    </FormControl>
  );
}
