import type { RequestHandler } from 'express';
import type { OperatorRole } from '../../contract/session';
import { AppError } from './app-error';
import { readSessionToken } from './session-cookie';
import type { SignedInOperator } from './signed-in-operator';

/** Whatever turns a session token into its operator; the auth feature provides it. */
export interface Authenticator {
  authenticate(token: string): Promise<SignedInOperator | null>;
}

/** Deny by default: every route behind this needs a live session. */
export function requireSession(sessions: Authenticator): RequestHandler {
  return async (req, _res, next) => {
    const token = readSessionToken(req);
    const operator = token ? await sessions.authenticate(token) : null;
    if (!operator) throw new AppError(401, 'unauthenticated', 'Sign in to continue');
    req.operator = operator;
    next();
  };
}

export function requireRole(role: OperatorRole): RequestHandler {
  return (req, _res, next) => {
    if (req.operator?.role !== role) throw new AppError(403, 'forbidden', `Only ${role}s may do this`);
    next();
  };
}

/** The operator behind a request that passed requireSession. */
export function operatorOf(req: Express.Request): SignedInOperator {
  if (!req.operator) throw new AppError(401, 'unauthenticated', 'Sign in to continue');
  return req.operator;
}
