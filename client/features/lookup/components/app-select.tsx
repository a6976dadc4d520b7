import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { ConsoleConfig } from '../../../../contract/console-config';

interface Props {
  apps: ConsoleConfig['apps'];
  value: string;
  error: string | null;
  onChange: (appId: string) => void;
}

export function AppSelect({ apps, value, error, onChange }: Props) {
  return (
    <TextField
      select
      label="App"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error !== null}
      helperText={error ?? ' '}
    >
      {apps.map((app) => (
        <MenuItem key={app.id} value={app.id}>
          {app.label}
          <Box component="span" sx={{ color: 'text.secondary', ml: 1 }}>
            {app.id}
          </Box>
        </MenuItem>
      ))}
    </TextField>
  );
}
