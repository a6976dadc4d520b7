import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useConsoleApps } from '../api/get-console-apps';
import { useOperators } from '../api/get-operators';
import { useUpdateOperator } from '../api/update-operator';
import { AddOperatorDialog } from './add-operator-dialog';
import { type OpenDialog, OperatorDialogs } from './operator-dialogs';
import { OperatorsView } from './operators-view';

interface Props {
  /** The signed-in admin, who may not disable their own account and lock themselves out. */
  currentUsername: string;
}

export function OperatorsPage({ currentUsername }: Props) {
  const { t } = useTranslation('operators');
  const operators = useOperators();
  const apps = useConsoleApps();
  const toggle = useUpdateOperator();
  const [adding, setAdding] = useState(false);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);

  return (
    <Card component="section" aria-labelledby="operators-title">
      <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={2}
          sx={{ mb: 2.5, justifyContent: 'space-between', alignItems: { xs: 'stretch', sm: 'flex-start' } }}
        >
          <Box>
            <Typography id="operators-title" variant="h6" component="h1" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
              {t('title')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('intro')}
            </Typography>
          </Box>
          <Button variant="contained" onClick={() => setAdding(true)} sx={{ flexShrink: 0 }}>
            {t('add')}
          </Button>
        </Stack>
        {toggle.isError && (
          <Box sx={{ mb: 2 }}>
            <ErrorAlert
              context={t('changeFailed', { username: toggle.variables?.username ?? '' })}
              error={toggle.error}
              onRetry={() => toggle.variables && toggle.mutate(toggle.variables)}
            />
          </Box>
        )}
        <OperatorsView
          query={operators}
          apps={apps.data ?? []}
          currentUsername={currentUsername}
          pendingUsername={toggle.isPending ? (toggle.variables?.username ?? null) : null}
          onAction={(operator, action) =>
            action === 'toggleDisabled'
              ? toggle.mutate({ username: operator.username, changes: { disabled: !operator.disabled } })
              : setDialog({ kind: action, operator })
          }
        />
        {adding && <AddOperatorDialog apps={apps.data ?? []} onClose={() => setAdding(false)} />}
        <OperatorDialogs open={dialog} apps={apps.data ?? []} onClose={() => setDialog(null)} />
      </CardContent>
    </Card>
  );
}
