import { createContext, useContext } from 'react';
import type { SessionInfo } from '../../../contract/session';

export const OperatorContext = createContext<SessionInfo | null>(null);

/** The signed-in operator. Only valid below RequireSession, which renders nothing else without one. */
export function useOperator(): SessionInfo {
  const operator = useContext(OperatorContext);
  if (!operator) throw new Error('useOperator is used outside RequireSession');
  return operator;
}
