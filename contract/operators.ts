import { z } from 'zod';
import { OPERATOR_ROLES, type OperatorRole } from './session';

export const MIN_PASSWORD_LENGTH = 12;

const username = z
  .string({ error: 'is required' })
  .trim()
  .regex(/^[a-zA-Z0-9._-]{2,64}$/, 'must be 2–64 letters, digits, dots, dashes or underscores');
const password = z
  .string({ error: 'is required' })
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(1024, 'is at most 1024 characters');
// "*" grants every app the console serves, including ones configured later.
const apps = z.array(z.string().regex(/^([1-9][0-9]{0,18}|\*)$/, 'must be an AppId or "*"'), {
  error: 'must be an array of AppIds',
});

export const usernameSchema = username;
export const passwordSchema = password;

export const createOperatorSchema = z.object({
  username,
  password,
  role: z.enum(OPERATOR_ROLES).default('viewer'),
  apps: apps.default([]),
});

export const updateOperatorSchema = z
  .object({
    role: z.enum(OPERATOR_ROLES).optional(),
    apps: apps.optional(),
    disabled: z.boolean().optional(),
    password: password.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'must change at least one of role, apps, disabled, password');

export interface OperatorSummary {
  username: string;
  role: OperatorRole;
  /** Granted AppIds; ["*"] means every app the console serves. */
  apps: string[];
  disabled: boolean;
  createdAt: string;
}
