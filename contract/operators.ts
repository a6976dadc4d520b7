import { z } from 'zod/mini';
import { appIdSchema } from './int64';
import { noNul, OPERATOR_ROLES, type OperatorRole } from './session';

export const MIN_PASSWORD_LENGTH = 12;
/** Grants every app the console serves, including ones configured later. */
export const ALL_APPS = '*';

export const usernameSchema = z
  .string({ error: 'is required' })
  .check(z.trim(), z.regex(/^[a-zA-Z0-9._-]{2,64}$/, 'must be 2–64 letters, digits, dots, dashes or underscores'));
export const passwordSchema = z
  .string({ error: 'is required' })
  .check(
    z.minLength(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`),
    z.maxLength(1024, 'is at most 1024 characters'),
    noNul,
  );
const appGrants = z.array(z.union([z.literal(ALL_APPS), appIdSchema], { error: 'must be an AppId or "*"' }), {
  error: 'must be an array of AppIds',
});

export const createOperatorSchema = z.object({
  username: usernameSchema,
  /** Left out, the server makes a strong one and returns it once, in `generatedPassword`. */
  password: z.optional(passwordSchema),
  role: z._default(z.enum(OPERATOR_ROLES), 'viewer'),
  apps: z._default(appGrants, []),
});

export const updateOperatorSchema = z
  .object({
    role: z.optional(z.enum(OPERATOR_ROLES)),
    apps: z.optional(appGrants),
    disabled: z.optional(z.boolean()),
    password: z.optional(passwordSchema),
    /** The server makes a new password and returns it once, in `generatedPassword`; sessions end. */
    resetPassword: z.optional(z.literal(true, { error: 'must be true' })),
  })
  .check(
    z.refine(
      (body) => Object.values(body).some((v) => v !== undefined),
      'must change at least one of role, apps, disabled, password, resetPassword',
    ),
  );

export interface OperatorSummary {
  username: string;
  role: OperatorRole;
  /** Granted AppIds; ["*"] means every app the console serves. */
  apps: string[];
  disabled: boolean;
  createdAt: string;
  /** Present (true) for an operator made by single sign-on: no password; role and apps follow the provider's claims. */
  sso?: boolean;
}

/** What creating or changing an operator answers: the operator, and a password the server made, shown once. */
export interface OperatorChangeResult extends OperatorSummary {
  generatedPassword?: string;
}
