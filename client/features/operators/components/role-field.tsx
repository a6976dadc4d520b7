import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { OPERATOR_ROLES, type OperatorRole } from '../../../../contract/session';

interface Props {
  value: OperatorRole;
  onChange: (role: OperatorRole) => void;
  disabled?: boolean;
}

/** Viewer or admin, each with a line on what it may do. */
export function RoleField({ value, onChange, disabled }: Props) {
  const { t } = useTranslation(['operators', 'common']);
  const labelId = useId();
  return (
    <FormControl disabled={disabled}>
      <FormLabel id={labelId}>{t('form.role')}</FormLabel>
      <RadioGroup
        aria-labelledby={labelId}
        value={value}
        onChange={(event) => {
          const role = OPERATOR_ROLES.find((r) => r === event.target.value);
          if (role) onChange(role);
        }}
      >
        {OPERATOR_ROLES.map((role) => (
          <FormControlLabel
            key={role}
            value={role}
            control={<Radio size="small" />}
            sx={{ alignItems: 'flex-start', mt: 0.5, '& .MuiRadio-root': { pt: 0.25 } }}
            label={
              <>
                <Typography variant="body2" component="span" sx={{ display: 'block', fontWeight: 500 }}>
                  {t(`common:role.${role}`)}
                </Typography>
                <Typography variant="caption" component="span" color="text.secondary" sx={{ display: 'block' }}>
                  {t(`form.roleHelp.${role}`)}
                </Typography>
              </>
            }
          />
        ))}
      </RadioGroup>
    </FormControl>
  );
}
