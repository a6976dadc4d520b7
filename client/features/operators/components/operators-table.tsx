import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ALL_APPS, type OperatorSummary } from '../../../../contract/operators';
import { DateTime } from '../../../components/date-time';
import { ErrorAlert } from '../../../components/error-alert';
import { MONO_FONTS } from '../../../lib/fonts';
import type { useOperators } from '../api/get-operators';
import { OperatorActions } from './operator-actions';

interface Props {
  query: ReturnType<typeof useOperators>;
  apps: { id: string; label: string }[];
  currentUsername: string;
  pendingUsername: string | null;
  onToggleDisabled: (operator: OperatorSummary) => void;
}

export function OperatorsTable({ query, apps, currentUsername, pendingUsername, onToggleDisabled }: Props) {
  const { t } = useTranslation(['operators', 'common']);
  if (query.isPending) return <Skeleton variant="rounded" height={160} aria-label={t('loading')} />;
  if (query.isError)
    return <ErrorAlert context={t('loadFailed')} error={query.error} onRetry={() => query.refetch()} />;
  const appLabel = (id: string) => apps.find((app) => app.id === id)?.label;
  return (
    <TableContainer>
      <Table size="small" aria-label={t('table')} sx={{ minWidth: 640 }}>
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
          {query.data.map((operator) => {
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
                </TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    variant="outlined"
                    label={t(`common:role.${operator.role}`)}
                    color={operator.role === 'admin' ? 'primary' : 'default'}
                  />
                </TableCell>
                <TableCell>
                  <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
                    {operator.apps.length === 0 ? (
                      <Typography variant="body2" color="text.secondary">
                        —
                      </Typography>
                    ) : (
                      operator.apps.map((app) =>
                        app === ALL_APPS ? (
                          <Chip key={app} size="small" label={t('allApps')} />
                        ) : (
                          <Chip
                            key={app}
                            size="small"
                            label={app}
                            title={appLabel(app)}
                            translate="no"
                            sx={{ fontFamily: MONO_FONTS }}
                          />
                        ),
                      )
                    )}
                  </Stack>
                </TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    variant={operator.disabled ? 'outlined' : 'filled'}
                    color={operator.disabled ? 'default' : 'success'}
                    label={operator.disabled ? t('status.disabled') : t('status.active')}
                  />
                </TableCell>
                <TableCell>
                  <DateTime ms={Date.parse(operator.createdAt)} />
                </TableCell>
                <TableCell align="right">
                  <OperatorActions
                    operator={operator}
                    apps={apps}
                    isSelf={isSelf}
                    busy={pendingUsername === operator.username}
                    onToggleDisabled={() => onToggleDisabled(operator)}
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
