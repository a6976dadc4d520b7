import { useEffect, useRef } from 'react';
import type { OperatorSummary } from '../../../../contract/operators';
import { ChangeAppsDialog } from './change-apps-dialog';
import { ChangeRoleDialog } from './change-role-dialog';
import { actionsButtonId } from './operator-actions';
import { ResetPasswordDialog } from './reset-password-dialog';

export interface OpenDialog {
  kind: 'role' | 'apps' | 'reset';
  operator: OperatorSummary;
}

interface Props {
  open: OpenDialog | null;
  apps: { id: string; label: string }[];
  onClose: () => void;
}

/** The dialog a row's menu opened, if any. Each is mounted only while open, so closing drops what it held. */
export function OperatorDialogs({ open, apps, onClose }: Props) {
  const lastUsername = useRef<string | null>(null);

  // The menu item that opened the dialog is gone by the time it closes; give focus back to the row's button.
  useEffect(() => {
    if (open) {
      lastUsername.current = open.operator.username;
    } else if (lastUsername.current) {
      document.getElementById(actionsButtonId(lastUsername.current))?.focus();
      lastUsername.current = null;
    }
  }, [open]);

  if (!open) return null;
  const { kind, operator } = open;
  if (kind === 'role') return <ChangeRoleDialog operator={operator} onClose={onClose} />;
  if (kind === 'apps') return <ChangeAppsDialog operator={operator} apps={apps} onClose={onClose} />;
  return <ResetPasswordDialog operator={operator} onClose={onClose} />;
}
