import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/date-time';
import { OperatorActions } from './operator-actions';
import { AppChips, RoleChip, StatusChip } from './operator-chips';
import type { OperatorsViewProps } from './operators-view-props';
import { SsoChip } from './sso-chip';

export function OperatorsTable({ operators, apps, currentUsername, pendingUsername, onAction }: OperatorsViewProps) {
  const { t } = useTranslation('operators');
  return (
    <TableContainer>
      <Table size="small" aria-label={t('table')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('column.username')}</TableCell>
            <TableCell>{t('column.role')}</TableCell>
            <TableCell>{t('column.apps')}</TableCell>
            <TableCell>{t('column.status')}</TableCell>
            <TableCell>{t('column.createdAt')}</TableCell>
            <TableCell align="right">{t('column.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {operators.map((operator) => {
            const isSelf = operator.username === currentUsername;
            return (
              <TableRow key={operator.username} hover>
                <TableCell sx={{ fontWeight: 600 }}>
                  <span translate="no">{operator.username}</span>
                  {isSelf && (
                    <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 0.75 }}>
                      ({t('you')})
                    </Typography>
                  )}
                  {operator.sso && <SsoChip inline />}
                </TableCell>
                <TableCell>
                  <RoleChip role={operator.role} />
                </TableCell>
                <TableCell>
                  <AppChips grants={operator.apps} apps={apps} />
                </TableCell>
                <TableCell>
                  <StatusChip disabled={operator.disabled} />
                </TableCell>
                <TableCell>
                  <DateTime ms={Date.parse(operator.createdAt)} />
                </TableCell>
                <TableCell align="right">
                  <OperatorActions
                    operator={operator}
                    isSelf={isSelf}
                    busy={pendingUsername === operator.username}
                    onAction={(action) => onAction(operator, action)}
                  />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
