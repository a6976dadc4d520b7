import type { ReactNode } from 'react';
import { NoAccess } from '../../../components/no-access';
import { useOperator } from '../operator-context';

interface Props {
  /** What is off limits. */
  area: 'audit' | 'operators';
  children: ReactNode;
}

/** The server refuses these calls anyway (403); this says so up front instead of showing a failed request. */
export function RequireAdmin({ area, children }: Props) {
  const operator = useOperator();
  return operator.role === 'admin' ? children : <NoAccess area={area} />;
}
