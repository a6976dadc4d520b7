import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config';

const invalid = (dir: string, problem: string) => new ConfigError(`Invalid configuration: DATA_DIR ${dir} ${problem}`);

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
};
const reasonOf = (err: NodeJS.ErrnoException) => REASONS[err.code ?? ''] ?? err.message;

/** The nearest ancestor of dir that exists but is not a folder (what makes mkdir fail with ENOTDIR). */
function blockingFile(dir: string): string | null {
  for (let at = path.dirname(dir); at !== path.dirname(at); at = path.dirname(at)) {
    try {
      return statSync(at).isDirectory() ? null : at;
    } catch {
      // doesn't exist yet: look further up
    }
  }
  return null;
}

/**
 * Makes sure DATA_DIR is a folder this process can write, creating it if needed. Each failure becomes
 * a ConfigError naming the variable, the (absolute) path and the problem, instead of a bare EEXIST.
 */
export function prepareDataDir(dataDir: string): string {
  const dir = path.resolve(dataDir);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw invalid(dir, 'is a file, not a folder');
    if (code === 'ENOTDIR') {
      const file = blockingFile(dir);
      throw invalid(dir, `cannot be created: ${file ?? 'a parent'} is a file, not a folder`);
    }
    throw invalid(dir, `cannot be created: ${reasonOf(err as NodeJS.ErrnoException)}`);
  }
  // mkdir succeeds on an existing path only if it is a folder, but a symlink to a file gets here too.
  if (!statSync(dir).isDirectory()) throw invalid(dir, 'is a file, not a folder');
  try {
    accessSync(dir, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (err) {
    throw invalid(dir, `is not writable: ${reasonOf(err as NodeJS.ErrnoException)}`);
  }
  return dir;
}

/** Explains why SQLite could not open or set up the console's database file in dir. */
export function databaseProblem(dir: string, file: string, err: unknown): ConfigError | null {
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  const name = path.basename(file);
  if (code === 'SQLITE_NOTADB') return invalid(dir, `holds a ${name} that is not an SQLite database`);
  if (code.startsWith('SQLITE_CORRUPT')) return invalid(dir, `holds a ${name} that is damaged (${code})`);
  if (code.startsWith('SQLITE_CANTOPEN')) {
    const isFolder = (() => {
      try {
        return statSync(file).isDirectory();
      } catch {
        return false;
      }
    })();
    return invalid(
      dir,
      isFolder ? `holds a folder named ${name}, not a database file` : `holds a ${name} that SQLite cannot open`,
    );
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_PERM')
    return invalid(dir, `holds a ${name} that cannot be written (${code})`);
  return null;
}
