import type { OperatorRepository } from './operator-repository';

/**
 * What a demo start prints to the terminal: where to sign in, as whom, and how to get back in after
 * losing the password. The generated password appears only on the start that created it. These lines go
 * to the terminal only, never to the logger, so the password never reaches a log file.
 */
export async function demoStartBanner(
  url: string,
  operators: OperatorRepository,
  generated: { username: string; password: string } | null,
): Promise<string> {
  const lines = [`IM Participant Console (demo data): ${url}`];
  if (generated) {
    lines.push(
      `First start: sign in as "${generated.username}" with password ${generated.password}  (shown this once)`,
      `Forgot it? npm run operators -- reset-password ${generated.username}`,
    );
  } else {
    // The oldest enabled admin: the one the first start created, unless it was disabled since.
    const admin = (await operators.list())
      .filter((op) => op.role === 'admin' && !op.disabled)
      .sort((a, b) => a.id - b.id)[0];
    lines.push(
      admin
        ? `Sign in as "${admin.username}". Forgot the password? npm run operators -- reset-password ${admin.username}`
        : 'No enabled admin. Add one: npm run operators -- add NAME --role admin --apps all',
    );
  }
  return `\n${lines.map((line) => `  ${line}`).join('\n')}\n`;
}
