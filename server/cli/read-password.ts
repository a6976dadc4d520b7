import password from '@inquirer/password';

async function firstLineOfStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return (Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '').trimEnd();
}

/**
 * Reads a new password without it ever touching argv or shell history: prompted twice on a
 * terminal, or the first line of stdin from a pipe, so scripts can provision accounts.
 */
export async function readNewPassword(): Promise<string> {
  if (!process.stdin.isTTY) return firstLineOfStdin();
  const first = await password({ message: 'New password (12+ characters)', mask: '*' });
  const second = await password({ message: 'Repeat it', mask: '*' });
  if (first !== second) throw new Error('The passwords do not match');
  return first;
}
