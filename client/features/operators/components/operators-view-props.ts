import type { OperatorSummary } from '../../../../contract/operators';
import type { OperatorAction } from './operator-actions';

/** What the table and the phone cards both show and do. */
export interface OperatorsViewProps {
  operators: OperatorSummary[];
  apps: { id: string; label: string }[];
  currentUsername: string;
  pendingUsername: string | null;
  onAction: (operator: OperatorSummary, action: OperatorAction) => void;
}
