import Skeleton from '@mui/material/Skeleton';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import type { useOperators } from '../api/get-operators';
import { OperatorsCards } from './operators-cards';
import { OperatorsTable } from './operators-table';
import type { OperatorsViewProps } from './operators-view-props';

interface Props extends Omit<OperatorsViewProps, 'operators'> {
  query: ReturnType<typeof useOperators>;
}

/** A table on wide screens; on a phone, one card per operator, so the actions stay in reach without scrolling. */
export function OperatorsView({ query, ...view }: Props) {
  const { t } = useTranslation('operators');
  const narrow = useMediaQuery(useTheme().breakpoints.down('sm'));
  if (query.isPending) return <Skeleton variant="rounded" height={160} aria-label={t('loading')} />;
  if (query.isError)
    return <ErrorAlert context={t('loadFailed')} error={query.error} onRetry={() => query.refetch()} />;
  return narrow ? (
    <OperatorsCards operators={query.data} {...view} />
  ) : (
    <OperatorsTable operators={query.data} {...view} />
  );
}
