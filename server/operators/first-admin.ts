import { randomBytes } from 'node:crypto';
import { ALL_APPS, passwordSchema, usernameSchema } from '../../contract/operators';
import { ConfigError } from '../config';
import { AppError } from '../http/app-error';
import type { OperatorRepository } from './operator-repository';
import type { OperatorService } from './operator-service';

const BOOTSTRAP_ACTOR = { operatorId: null, username: 'system:first-start', ip: null };

/**
 * On a database with no operators, creates the first admin: from ADMIN_USERNAME/ADMIN_PASSWORD, or in
 * demo mode as "admin" with a random password that is returned once for printing. Refuses otherwise.
 */
export async function ensureFirstAdmin(
  repo: OperatorRepository,
  service: OperatorService,
  options: { demo: boolean; firstAdmin: { username: string; password: string } | null },
): Promise<{ username: string; password: string } | null> {
  if ((await repo.count()) > 0) return null;
  if (options.firstAdmin) {
    if (!usernameSchema.safeParse(options.firstAdmin.username).success)
      throw new ConfigError(
        'Invalid configuration: ADMIN_USERNAME must be 2–64 letters, digits, dots, dashes or underscores',
      );
    const password = passwordSchema.safeParse(options.firstAdmin.password);
    if (!password.success)
      throw new ConfigError(`Invalid configuration: ADMIN_PASSWORD ${password.error.issues[0]?.message}`);
    await service.create({ ...options.firstAdmin, role: 'admin', apps: [ALL_APPS] }, BOOTSTRAP_ACTOR).catch((err) => {
      // Replicas starting at once on one database: another one created it first, which is just as good.
      if (!(err instanceof AppError && err.code === 'conflict')) throw err;
    });
    return null;
  }
  if (!options.demo) {
    throw new ConfigError(
      'No operator exists yet. Set ADMIN_USERNAME and ADMIN_PASSWORD (12+ characters) to create the first admin, or run: npm run operators -- add NAME --role admin --apps all',
    );
  }
  const generated = { username: 'admin', password: randomBytes(15).toString('base64url') };
  await service.create({ ...generated, role: 'admin', apps: [ALL_APPS] }, BOOTSTRAP_ACTOR);
  return generated;
}
