import type { Preferences } from '../../contract/preferences';
import type { OperatorRole } from '../../contract/session';

/** The operator behind a request, with app grants resolved against the apps the console serves. */
export interface SignedInOperator {
  id: number;
  username: string;
  role: OperatorRole;
  apps: string[];
  preferences: Preferences;
  /** Made by single sign-on. */
  sso?: boolean;
}

declare global {
  namespace Express {
    interface Request {
      operator?: SignedInOperator;
    }
  }
}
