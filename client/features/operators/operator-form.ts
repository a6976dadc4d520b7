import { ALL_APPS, MIN_PASSWORD_LENGTH } from '../../../contract/operators';

const USERNAME = /^[a-zA-Z0-9._-]{2,64}$/;

/** What the add dialog's fields say is wrong, as keys of the operators catalogue; absent when a field is fine. */
export interface OperatorFormProblems {
  username?: 'form.usernameRequired' | 'form.usernameRule';
  password?: 'form.passwordRule';
}

export interface OperatorFormInput {
  username: string;
  /** null: the server generates one. */
  password: string | null;
}

/** The same rules as the contract's schemas, checked before sending so the operator sees them at the field. */
export function checkOperatorForm({ username, password }: OperatorFormInput): OperatorFormProblems {
  const problems: OperatorFormProblems = {};
  const name = username.trim();
  if (!name) problems.username = 'form.usernameRequired';
  else if (!USERNAME.test(name)) problems.username = 'form.usernameRule';
  if (password !== null && (password.length < MIN_PASSWORD_LENGTH || password.length > 1024))
    problems.password = 'form.passwordRule';
  return problems;
}

/**
 * The new selection of an apps picker. "All apps" and single apps exclude each other: picking all drops the single
 * ones (all already covers them), and picking a single app after all means a narrower grant.
 */
export function nextAppSelection(previous: readonly string[], picked: readonly string[]): string[] {
  const added = picked.filter((app) => !previous.includes(app));
  if (added.includes(ALL_APPS)) return [ALL_APPS];
  if (added.length > 0) return picked.filter((app) => app !== ALL_APPS);
  return [...picked];
}

/** The same grant, whatever order it was picked in; for telling whether a change changes anything. */
export const sameApps = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((app) => b.includes(app));
