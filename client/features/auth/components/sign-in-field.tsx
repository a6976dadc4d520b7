import Box from '@mui/material/Box';
import { type InputHTMLAttributes, useId } from 'react';

interface Props {
  label: string;
  name: string;
  value: string;
  type?: 'text' | 'password';
  required?: boolean;
  autoFocus?: boolean;
  /** Shown under the field, and marks it invalid. */
  error?: string;
  inputProps?: Pick<InputHTMLAttributes<HTMLInputElement>, 'autoComplete' | 'autoCapitalize' | 'spellCheck'>;
  onChange: (value: string) => void;
}

const EASE_OUT = 'cubic-bezier(0.0, 0, 0.2, 1)';
// The label floats up into the outline's notch while the field has focus or a value (the blank placeholder is hidden
// as soon as there is one), or the browser has filled it in.
const FLOATING = '& input:focus ~ label, & input:not(:placeholder-shown) ~ label, & input:-webkit-autofill ~ label';
const NOTCHED = '& input:focus ~ fieldset > legend, & input:not(:placeholder-shown) ~ fieldset > legend';

/**
 * An outlined text field drawn as MUI's TextField draws it (floating label, notched outline, helper text), on a plain
 * <input>: MUI's own input and form-control parts are ~6 kB compressed of the sign-in page, the first download of
 * most visits. Everywhere else the console uses TextField.
 */
export function SignInField({
  label,
  name,
  value,
  type = 'text',
  required,
  autoFocus,
  error,
  inputProps,
  onChange,
}: Props) {
  const id = useId();
  const helperId = `${id}-helper`;
  const invalid = error !== undefined;
  const text = (
    <>
      {label}
      {required && <span aria-hidden="true">{'\u2009*'}</span>}
    </>
  );
  return (
    <Box>
      <Box
        sx={(theme) => ({
          position: 'relative',
          // As InputBase: a flex row, so the padded input shrinks to the field's width instead of overflowing it.
          display: 'flex',
          borderRadius: 1,
          typography: 'body1',
          color: 'text.primary',
          '& input': {
            font: 'inherit',
            letterSpacing: 'inherit',
            color: 'currentColor',
            boxSizing: 'content-box',
            display: 'block',
            width: '100%',
            minWidth: 0,
            height: '1.4375em',
            m: 0,
            p: '16.5px 14px',
            border: 0,
            borderRadius: 'inherit',
            background: 'none',
            outline: 0,
            WebkitTapHighlightColor: 'transparent',
            '&::placeholder': { opacity: 0 },
            '&:-webkit-autofill': { borderRadius: 'inherit' },
          },
          // As InputBase: the browser's pale autofill background would leave white text unreadable in dark mode.
          ...theme.applyStyles('dark', {
            '& input:-webkit-autofill': {
              WebkitBoxShadow: '0 0 0 100px #266798 inset',
              WebkitTextFillColor: '#fff',
              caretColor: '#fff',
            },
          }),
          '& label': {
            position: 'absolute',
            left: 0,
            top: 0,
            zIndex: 1,
            pointerEvents: 'none',
            transformOrigin: 'top left',
            transform: 'translate(14px, 16px) scale(1)',
            maxWidth: 'calc(100% - 24px)',
            whiteSpace: 'nowrap',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            lineHeight: '1.4375em',
            color: invalid ? 'error.main' : 'text.secondary',
            transition: `color 200ms ${EASE_OUT}, transform 200ms ${EASE_OUT}, max-width 200ms ${EASE_OUT}`,
          },
          [FLOATING]: {
            transform: 'translate(14px, -9px) scale(0.75)',
            maxWidth: 'calc(133% - 32px)',
            userSelect: 'none',
          },
          '& input:focus ~ label': { color: invalid ? 'error.main' : 'primary.main' },
          '& fieldset': {
            position: 'absolute',
            inset: '-5px 0 0 0',
            m: 0,
            px: 1,
            py: 0,
            textAlign: 'left',
            pointerEvents: 'none',
            borderRadius: 'inherit',
            borderStyle: 'solid',
            borderWidth: 1,
            borderColor: invalid ? 'error.main' : 'rgba(var(--mui-palette-common-onBackgroundChannel) / 0.23)',
            overflow: 'hidden',
            minWidth: '0%',
          },
          '&:hover fieldset': { borderColor: invalid ? 'error.main' : 'text.primary' },
          '& input:focus ~ fieldset': { borderColor: invalid ? 'error.main' : 'primary.main', borderWidth: 2 },
          '& legend': {
            float: 'unset',
            width: 'auto',
            display: 'block',
            p: 0,
            height: 11,
            fontSize: '0.75em',
            visibility: 'hidden',
            maxWidth: '0.01px',
            whiteSpace: 'nowrap',
            overflow: 'hidden',
            transition: `max-width 50ms ${EASE_OUT}`,
            '& > span': { px: '5px', display: 'inline-block', opacity: 0, visibility: 'visible' },
          },
          [NOTCHED]: { maxWidth: '100%', transition: `max-width 100ms ${EASE_OUT} 50ms` },
          '& input:-webkit-autofill ~ fieldset > legend': { maxWidth: '100%' },
        })}
      >
        <input
          {...inputProps}
          id={id}
          name={name}
          type={type}
          value={value}
          required={required}
          // biome-ignore lint/a11y/noAutofocus: the sign-in form's first field, as TextField's autoFocus did
          autoFocus={autoFocus}
          placeholder=" "
          aria-invalid={invalid}
          aria-describedby={invalid ? helperId : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        <label htmlFor={id}>{text}</label>
        <fieldset aria-hidden="true">
          <legend>
            <span>{text}</span>
          </legend>
        </fieldset>
      </Box>
      {invalid && (
        <Box
          component="p"
          id={helperId}
          sx={{ typography: 'caption', color: 'error.main', m: 0, mt: '3px', mx: '14px', textAlign: 'left' }}
        >
          {error}
        </Box>
      )}
    </Box>
  );
}
