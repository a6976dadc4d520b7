import { z } from 'zod/mini';
import type { Preferences } from './preferences';

export const OPERATOR_ROLES = ['viewer', 'admin'] as const;
export type OperatorRole = (typeof OPERATOR_ROLES)[number];

/** NUL ends a string for some tools downstream (C libraries, log shippers), so no username or password holds one. */
export const noNul = z.refine<string>((text) => !text.includes('\u0000'), 'must not contain NUL characters');

export const signInSchema = z.object(
  {
    username: z
      .string({ error: 'is required' })
      .check(z.trim(), z.minLength(1, 'is required'), z.maxLength(64, 'is at most 64 characters'), noNul),
    password: z
      .string({ error: 'is required' })
      .check(z.minLength(1, 'is required'), z.maxLength(1024, 'is at most 1024 characters'), noNul),
  },
  { error: 'must be a JSON object' },
);
export type SignInRequest = z.input<typeof signInSchema>;

/** The signed-in operator, as `GET /api/session` and `POST /api/session` return it. */
export interface SessionInfo {
  username: string;
  role: OperatorRole;
  /** App IDs this operator may look up, among those the console serves. */
  apps: string[];
  /** Language and time display, saved per operator. */
  preferences: Preferences;
  /** Present (true) for an operator made by single sign-on: signing out also offers the provider's logout. */
  sso?: boolean;
}
