import IconButton from '@mui/material/IconButton';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import SvgIcon from '@mui/material/SvgIcon';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorSummary } from '../../../../contract/operators';

// Material "more_vert", inlined like the copy button's glyphs.
const MORE_PATH =
  'M12 8c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2zm0 2c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2zm0 6c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2z';

export type OperatorAction = 'role' | 'apps' | 'reset' | 'toggleDisabled';

/** The id of a row's actions button, so focus can go back to it when a dialog it opened closes. */
export const actionsButtonId = (username: string) => `operator-actions-${username}`;

interface Props {
  operator: OperatorSummary;
  /** The signed-in admin's own row: disabling it would lock them out, so that item is off. */
  isSelf: boolean;
  /** A change to this operator is on its way. */
  busy: boolean;
  onAction: (action: OperatorAction) => void;
}

/** The row's menu: "Actions for alice". The page owns the dialogs, so they outlive a switch from table to cards. */
export function OperatorActions({ operator, isSelf, busy, onAction }: Props) {
  const { t } = useTranslation('operators');
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const buttonId = actionsButtonId(operator.username);
  const pick = (action: OperatorAction) => {
    setAnchor(null);
    onAction(action);
  };

  return (
    <>
      <IconButton
        id={buttonId}
        size="small"
        aria-label={t('actions.label', { username: operator.username })}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? menuId : undefined}
        disabled={busy}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <SvgIcon fontSize="small">
          <path d={MORE_PATH} />
        </SvgIcon>
      </IconButton>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ list: { 'aria-labelledby': buttonId } }}
      >
        <MenuItem onClick={() => pick('role')}>{t('actions.role')}</MenuItem>
        <MenuItem onClick={() => pick('apps')}>{t('actions.apps')}</MenuItem>
        {/* An SSO operator has no password here; the server would refuse to set one. */}
        {!operator.sso && <MenuItem onClick={() => pick('reset')}>{t('actions.resetPassword')}</MenuItem>}
        <MenuItem disabled={isSelf} onClick={() => pick('toggleDisabled')}>
          <ListItemText
            primary={operator.disabled ? t('actions.enable') : t('actions.disable')}
            secondary={isSelf ? t('ownAccount') : null}
          />
        </MenuItem>
      </Menu>
    </>
  );
}
