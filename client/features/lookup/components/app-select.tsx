import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { ConsoleConfig } from '../../../../contract/console-config';

interface Props {
  apps: ConsoleConfig['apps'];
  value: string;
  error: string | null;
  onChange: (appId: string) => void;
}

export function AppSelect({ apps, value, error, onChange }: Props) {
  const { t } = useTranslation('lookup');
  return (
    <TextField
      select
      label={t('form.app')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error !== null}
      helperText={error ?? ' '}
      slotProps={{
        select: {
          renderValue: (id) => {
            const app = apps.find((a) => a.id === id);
            return (
              <span translate="no">
                {app?.label ?? String(id)}
                <Box component="span" sx={{ color: 'text.secondary', ml: 1 }}>
                  {String(id)}
                </Box>
              </span>
            );
          },
        },
      }}
    >
      {apps.map((app) => (
        // Labels come from the server's configuration, in whatever language the administrator wrote them.
        <MenuItem key={app.id} value={app.id} translate="no">
          {app.label}
          <Box component="span" sx={{ color: 'text.secondary', ml: 1 }}>
            {app.id}
          </Box>
        </MenuItem>
      ))}
    </TextField>
  );
}
