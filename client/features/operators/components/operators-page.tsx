import Alert from '@mui/material/Alert';
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
import type { OperatorSummary } from '../../../../contract/operators';
import { LoadErrorAlert } from '../../../components/load-error-alert';
import { describeError } from '../../../lib/describe-error';
import { MONO_FONTS } from '../../../lib/fonts';
import { useOperators } from '../api/get-operators';
import { useUpdateOperator } from '../api/update-operator';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** The server's grant for every app the console serves. */
const ALL_APPS = '*';

interface Props {
  /** The signed-in admin, who may not disable their own account and lock themselves out. */
  currentUsername: string;
}

export function OperatorsPage({ currentUsername }: Props) {
  const operators = useOperators();
  const update = useUpdateOperator();

  return (
    <Card component="section" aria-labelledby="operators-title">
      <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography id="operators-title" variant="h6" component="h2" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
          Operators
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2.5 }}>
          Who may sign in, with which role and apps. A disabled operator is signed out at once.
        </Typography>
        {update.isError && (
          <Alert severity="error" sx={{ mb: 2 }} onClose={() => update.reset()}>
            Could not change {update.variables?.username}: {describeError(update.error).message}
          </Alert>
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
  if (query.isPending) return <Skeleton variant="rounded" height={160} aria-label="Loading operators" />;
  if (query.isError)
    return <LoadErrorAlert heading="Could not load operators" error={query.error} onRetry={() => query.refetch()} />;
  return (
    <TableContainer>
      <Table size="small" aria-label="Operators">
        <TableHead>
          <TableRow>
            <TableCell>Username</TableCell>
            <TableCell>Role</TableCell>
            <TableCell>Apps</TableCell>
            <TableCell>Created</TableCell>
            <TableCell>Enabled</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {query.data.map((operator) => (
            <TableRow key={operator.username} sx={{ opacity: operator.disabled ? 0.6 : 1 }}>
              <TableCell sx={{ fontWeight: 600 }}>{operator.username}</TableCell>
              <TableCell>
                <Chip
                  size="small"
                  variant="outlined"
                  label={operator.role === 'admin' ? 'Admin' : 'Viewer'}
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
                        <Chip key={app} size="small" label="All apps" />
                      ) : (
                        <Chip key={app} size="small" label={app} sx={{ fontFamily: MONO_FONTS }} />
                      ),
                    )
                  )}
                </Stack>
              </TableCell>
              <TableCell>{dateFormat.format(new Date(operator.createdAt))}</TableCell>
              <TableCell>
                <Switch
                  checked={!operator.disabled}
                  disabled={pendingUsername === operator.username || operator.username === currentUsername}
                  title={operator.username === currentUsername ? 'You cannot disable your own account' : undefined}
                  onChange={() => onToggle(operator)}
                  slotProps={{ input: { 'aria-label': `${operator.username} enabled` } }}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
