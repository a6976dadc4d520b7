// Node's network failures, and PostgreSQL's SQLSTATEs for a connection lost or a server going away (class 08,
// 57P01–57P03), plus SQLite's "the file is locked for too long".
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'SQLITE_BUSY']);

/** True when an error says the database can't be reached right now (as opposed to a bug or bad data). */
export function isDatabaseUnavailable(err: unknown): boolean {
  const { code, message } = (err ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || code.startsWith('08') || /^57P0[1-3]$/.test(code)))
    return true;
  return (
    typeof message === 'string' &&
    /Connection terminated|timeout exceeded when trying to connect|the database system is (starting up|shutting down)/.test(
      message,
    )
  );
}
