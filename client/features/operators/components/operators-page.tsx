import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { OperatorSummary } from '../../../../contract/operators';
import { DateTime } from '../../../components/date-time';
import { ErrorAlert } from '../../../components/error-alert';
import { MONO_FONTS } from '../../../lib/fonts';
import { useOperators } from '../api/get-operators';
import { useUpdateOperator } from '../api/update-operator';

/** The server's grant for every app the console serves. */
const ALL_APPS = '*';

interface Props {
  /** The signed-in admin, who may not disable their own account and lock themselves out. */
  currentUsername: string;
}

export function OperatorsPage({ currentUsername }: Props) {
  const { t } = useTranslation('operators');
  const operators = useOperators();
  const update = useUpdateOperator();

  return (
    <Card component="section" aria-labelledby="operators-title">
      <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography id="operators-title" variant="h6" component="h1" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
          {t('title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2.5 }}>
          {t('intro')}
        </Typography>
        {update.isError && (
          <Box sx={{ mb: 2 }}>
            <ErrorAlert
              context={t('changeFailed', { username: update.variables?.username ?? '' })}
              error={update.error}
              onRetry={() => update.variables && update.mutate(update.variables)}
            />
          </Box>
        )}
        <OperatorsTable
          query={operators}
          currentUsername={currentUsername}
          pendingUsername={update.isPending ? (update.variables?.username ?? null) : null}
          onToggle={(operator) =>
            update.mutate({ username: operator.username, changes: { disabled: !operator.disabled } })
          }
        />
      </CardContent>
    </Card>
  );
}

interface TableProps {
  query: ReturnType<typeof useOperators>;
  currentUsername: string;
  pendingUsername: string | null;
  onToggle: (operator: OperatorSummary) => void;
}

function OperatorsTable({ query, currentUsername, pendingUsername, onToggle }: TableProps) {
  const { t } = useTranslation(['operators', 'common']);
  if (query.isPending) return <Skeleton variant="rounded" height={160} aria-label={t('loading')} />;
  if (query.isError)
    return <ErrorAlert context={t('loadFailed')} error={query.error} onRetry={() => query.refetch()} />;
  return (
    <TableContainer>
      <Table size="small" aria-label={t('table')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('column.username')}</TableCell>
            <TableCell>{t('column.role')}</TableCell>
            <TableCell>{t('column.apps')}</TableCell>
            <TableCell>{t('column.createdAt')}</TableCell>
            <TableCell>{t('column.enabled')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {query.data.map((operator) => (
            <TableRow
              key={operator.username}
              // Muted by colour, not opacity: faded text fails contrast.
              sx={operator.disabled ? { bgcolor: 'action.hover', '& td': { color: 'text.secondary' } } : undefined}
            >
              <TableCell sx={{ fontWeight: 600 }} translate="no">
                {operator.username}
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
                        <Chip key={app} size="small" label={app} translate="no" sx={{ fontFamily: MONO_FONTS }} />
                      ),
                    )
                  )}
                </Stack>
              </TableCell>
              <TableCell>
                <DateTime ms={Date.parse(operator.createdAt)} />
              </TableCell>
              <TableCell>
                <Switch
                  checked={!operator.disabled}
                  disabled={pendingUsername === operator.username || operator.username === currentUsername}
                  title={operator.username === currentUsername ? t('ownAccount') : undefined}
                  onChange={() => onToggle(operator)}
                  slotProps={{ input: { 'aria-label': t('enabledLabel', { username: operator.username }) } }}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
