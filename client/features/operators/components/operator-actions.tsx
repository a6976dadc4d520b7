import IconButton from '@mui/material/IconButton';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import SvgIcon from '@mui/material/SvgIcon';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorSummary } from '../../../../contract/operators';
import { ChangeAppsDialog } from './change-apps-dialog';
import { ChangeRoleDialog } from './change-role-dialog';
import { ResetPasswordDialog } from './reset-password-dialog';

// Material "more_vert", inlined like the copy button's glyphs.
const MORE_PATH =
  'M12 8c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2zm0 2c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2zm0 6c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2z';

type DialogKind = 'role' | 'apps' | 'reset';

interface Props {
  operator: OperatorSummary;
  apps: { id: string; label: string }[];
  /** The signed-in admin's own row: disabling it would lock them out, so that item is off. */
  isSelf: boolean;
  /** A change to this operator is on its way. */
  busy: boolean;
  onToggleDisabled: () => void;
}

/** The row's menu ("Actions for alice") and the dialogs it opens. */
export function OperatorActions({ operator, apps, isSelf, busy, onToggleDisabled }: Props) {
  const { t } = useTranslation('operators');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuOpen = anchor !== null;
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const wasOpen = useRef(false);
  const menuId = useId();
  const buttonId = useId();

  // The menu item that opened a dialog is gone when it closes; give focus back to the row's button.
  useEffect(() => {
    if (dialog) wasOpen.current = true;
    else if (wasOpen.current) {
      wasOpen.current = false;
      buttonRef.current?.focus();
    }
  }, [dialog]);

  const open = (kind: DialogKind) => {
    setAnchor(null);
    setDialog(kind);
  };
  const close = () => setDialog(null);

  return (
    <>
      <IconButton
        ref={buttonRef}
        id={buttonId}
        size="small"
        aria-label={t('actions.label', { username: operator.username })}
        aria-haspopup="menu"
        aria-expanded={menuOpen}
        aria-controls={menuOpen ? menuId : undefined}
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
        open={menuOpen}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ list: { 'aria-labelledby': buttonId } }}
      >
        <MenuItem onClick={() => open('role')}>{t('actions.role')}</MenuItem>
        <MenuItem onClick={() => open('apps')}>{t('actions.apps')}</MenuItem>
        <MenuItem onClick={() => open('reset')}>{t('actions.resetPassword')}</MenuItem>
        <MenuItem
          disabled={isSelf}
          onClick={() => {
            setAnchor(null);
            onToggleDisabled();
          }}
        >
          <ListItemText
            primary={operator.disabled ? t('actions.enable') : t('actions.disable')}
            secondary={isSelf ? t('ownAccount') : null}
          />
        </MenuItem>
      </Menu>
      {dialog === 'role' && <ChangeRoleDialog operator={operator} onClose={close} />}
      {dialog === 'apps' && <ChangeAppsDialog operator={operator} apps={apps} onClose={close} />}
      {dialog === 'reset' && <ResetPasswordDialog operator={operator} onClose={close} />}
    </>
  );
}
