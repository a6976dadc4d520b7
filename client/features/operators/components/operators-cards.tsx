import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/date-time';
import { OperatorActions } from './operator-actions';
import { AppChips, RoleChip, StatusChip } from './operator-chips';
import type { OperatorsViewProps } from './operators-view-props';
import { SsoChip } from './sso-chip';

/** The operators at phone width: one card each, the same fields as the table's columns. */
export function OperatorsCards({ operators, apps, currentUsername, pendingUsername, onAction }: OperatorsViewProps) {
  const { t } = useTranslation('operators');
  return (
    <Stack component="ul" aria-label={t('table')} spacing={1.5} sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {operators.map((operator) => {
        const isSelf = operator.username === currentUsername;
        return (
          <Box
            component="li"
            key={operator.username}
            sx={{ border: 1, borderColor: 'divider', borderRadius: 2, p: 1.5 }}
          >
            <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
              <Typography sx={{ fontWeight: 600, flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
                <span translate="no">{operator.username}</span>
                {isSelf && (
                  <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 0.75 }}>
                    ({t('you')})
                  </Typography>
                )}
              </Typography>
              <OperatorActions
                operator={operator}
                isSelf={isSelf}
                busy={pendingUsername === operator.username}
                onAction={(action) => onAction(operator, action)}
              />
            </Stack>
            <Stack direction="row" sx={{ gap: 0.75, mt: 0.5, flexWrap: 'wrap' }}>
              <RoleChip role={operator.role} />
              <StatusChip disabled={operator.disabled} />
              {operator.sso && <SsoChip />}
            </Stack>
            <Box
              component="dl"
              sx={{
                display: 'grid',
                gridTemplateColumns: 'auto 1fr',
                columnGap: 2,
                rowGap: 0.75,
                alignItems: 'center',
                m: 0,
                mt: 1.25,
                '& dt': { typography: 'body2', color: 'text.secondary' },
                '& dd': { m: 0, typography: 'body2' },
              }}
            >
              <dt>{t('column.apps')}</dt>
              <dd>
                <AppChips grants={operator.apps} apps={apps} />
              </dd>
              <dt>{t('column.createdAt')}</dt>
              <dd>
                <DateTime ms={Date.parse(operator.createdAt)} />
              </dd>
            </Box>
          </Box>
        );
      })}
    </Stack>
  );
}
