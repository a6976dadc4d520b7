import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { ALL_APPS, createOperatorSchema, passwordSchema, updateOperatorSchema } from '../../contract/operators';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { createOperatorService } from '../operators/operator-service';
import { createRepositories } from '../repositories';
import { readNewPassword } from './read-password';

const USAGE = `Usage: npm run operators -- <command> …

  add <username> [--role viewer|admin] [--apps 123456,654321|all]   create; asks for the password
  list                                                              list operators
  disable <username> | enable <username>                            disabling ends their sessions at once
  reset-password <username>                                         asks for the new password; ends sessions
  set-apps <username> <123456,654321|all>                           replace the granted apps
  set-role <username> <viewer|admin>

Passwords are never taken from the command line: on a terminal you are asked twice; from a pipe the
first line of stdin is read (printf '%s\\n' "$PW" | npm run operators -- add alice).
Works on the same DATA_DIR as the server, also while it runs.`;

const parseApps = (text: string) =>
  text === 'all' || text === ALL_APPS
    ? [ALL_APPS]
    : text
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean);

function parseOrExplain<T>(
  result:
    | { success: true; data: T }
    | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } },
): T {
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`${issue?.path.map(String).join('.') || 'input'} ${issue?.message ?? 'is invalid'}`);
}

async function run(argv: string[]): Promise<string> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: 'string' }, apps: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, username = '', arg] = positionals;
  if (!command || values.help) return USAGE;

  const config = loadConfig();
  const db = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    sqliteSynchronous: config.sqliteSynchronous,
  });
  const service = createOperatorService({
    ...createRepositories(db),
    appIds: new Set(config.apps.map((a) => a.id)),
  });
  const actor = { operatorId: null, username: `cli:${userInfo().username}`, ip: null };
  const need = (what: string, value: string | undefined) => {
    if (!value) throw new Error(`${command} needs ${what}\n\n${USAGE}`);
    return value;
  };

  try {
    switch (command) {
      case 'list': {
        const rows = (await service.list()).map(
          (op) =>
            `${op.username.padEnd(24)} ${op.role.padEnd(7)} ${(op.disabled ? 'disabled' : 'active').padEnd(9)} ${op.apps.join(',') || '(no apps)'}`,
        );
        return rows.length
          ? [`${'USERNAME'.padEnd(24)} ${'ROLE'.padEnd(7)} ${'STATUS'.padEnd(9)} APPS`, ...rows].join('\n')
          : 'No operators yet.';
      }
      case 'add': {
        need('a username', username);
        const input = parseOrExplain(
          createOperatorSchema.safeParse({
            username,
            password: await readNewPassword(),
            role: values.role ?? 'viewer',
            apps: values.apps ? parseApps(values.apps) : [],
          }),
        );
        const op = await service.create(input, actor);
        return `Added ${op.username} (${op.role}, apps: ${op.apps.join(',') || 'none'}).`;
      }
      case 'disable':
      case 'enable':
        await service.update(need('a username', username), { disabled: command === 'disable' }, actor);
        return `${command === 'disable' ? 'Disabled' : 'Enabled'} ${username}.`;
      case 'reset-password': {
        need('a username', username);
        const password = parseOrExplain(passwordSchema.safeParse(await readNewPassword()));
        await service.update(username, { password }, actor);
        return `Password of ${username} reset; their sessions have ended.`;
      }
      case 'set-apps':
        await service.update(
          need('a username', username),
          parseOrExplain(updateOperatorSchema.safeParse({ apps: parseApps(need('apps', arg)) })),
          actor,
        );
        return `Apps of ${username} set.`;
      case 'set-role':
        await service.update(
          need('a username', username),
          parseOrExplain(updateOperatorSchema.safeParse({ role: need('a role', arg) })),
          actor,
        );
        return `Role of ${username} set to ${arg}.`;
      default:
        throw new Error(`Unknown command ${command}\n\n${USAGE}`);
    }
  } finally {
    await db.close();
  }
}

run(process.argv.slice(2)).then(
  (out) => console.log(out),
  (err: Error) => {
    console.error(err.message);
    process.exit(1);
  },
);
