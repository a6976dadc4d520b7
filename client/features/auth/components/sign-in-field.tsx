import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput, { type OutlinedInputProps } from '@mui/material/OutlinedInput';
import { useId } from 'react';

interface Props extends Pick<OutlinedInputProps, 'name' | 'type' | 'value' | 'autoFocus' | 'inputProps'> {
  label: string;
  required?: boolean;
  /** Shown under the field, and marks it invalid. */
  error?: string;
  onChange: (value: string) => void;
}

/**
 * An outlined text field as TextField draws it, built from its parts: TextField also brings Select, Menu and
 * Popover, which the sign-in page (the first download of most visits) never uses.
 */
export function SignInField({ label, required, error, onChange, ...input }: Props) {
  const id = useId();
  const helperId = `${id}-helper`;
  return (
    <FormControl fullWidth required={required} error={error !== undefined} variant="outlined">
      <InputLabel htmlFor={id}>{label}</InputLabel>
      <OutlinedInput
        {...input}
        id={id}
        label={label}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={error !== undefined ? helperId : undefined}
      />
      {error !== undefined && <FormHelperText id={helperId}>{error}</FormHelperText>}
    </FormControl>
  );
}
