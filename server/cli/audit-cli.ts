import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createAuditRepository } from '../audit/audit-repository';
import { verifyAuditTrail } from '../audit/verify-audit-trail';
import type { NotedHead } from '../audit/verify-chain';
import { ConfigError, loadConfig } from '../config';
import { openDatabase } from '../db/database';

const USAGE = `Usage: npm run audit -- <command>

  verify [--head <id>:<hash>]…   check every record of the audit trail; exits 0 when it is intact, and 1
                                 naming the first broken record when one was changed, removed or inserted
  head                           print the newest record as <id>:<hash> and its time; keep it somewhere else

--head takes a head noted earlier: from the server log's daily "audit chain head" line, the audit page or
\`head\`, with the full hash or at least its first 16 hex digits. It is what catches a cut-off tail, or a
trail rewritten and hashed anew. Works on the same DATA_DIR as the server, also while it runs.`;

class UsageError extends Error {}

const HEAD_ARG = /^#?(\d{1,15}):([0-9a-fA-F]{16,64})$/;

function parseHead(text: string): NotedHead {
  const match = HEAD_ARG.exec(text.trim());
  if (!match) throw new UsageError(`--head must be <id>:<hash>, e.g. 1234:3f2a9c0d1e2f3a4b (got "${text}")`);
  return { id: Number(match[1]), hash: (match[2] ?? '').toLowerCase() };
}

const formatHead = (head: { id: number; hash: string | null }) => `${head.id}:${head.hash ?? '(no hash)'}`;

/** Returns what to print and the exit status. */
async function run(argv: string[]): Promise<{ out: string; err: string; status: number }> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { head: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
  });
  const [command] = positionals;
  if (!command || values.help) return { out: USAGE, err: '', status: 0 };
  if (command !== 'verify' && command !== 'head') throw new UsageError(`Unknown command ${command}\n\n${USAGE}`);
  const notedHeads = (values.head ?? []).map(parseHead);

  const config = loadConfig();
  // Verifying must not conjure up an empty, intact trail where the database is missing.
  const file = path.join(config.dataDir, 'console.db');
  if (!config.databaseUrl && !existsSync(file)) {
    throw new UsageError(`No database at ${file}; set DATA_DIR (or DATABASE_URL) to the server's`);
  }
  const db = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    sqliteSynchronous: config.sqliteSynchronous,
  });
  try {
    if (command === 'head') {
      const head = await createAuditRepository(db).head();
      return {
        out: head ? `${formatHead(head)}  ${new Date(head.at).toISOString()}` : 'The audit trail is empty.',
        err: '',
        status: 0,
      };
    }
    const report = await verifyAuditTrail(db, notedHeads);
    const span = report.head ? `${report.records} records, #${report.firstId} to #${report.head.id}` : 'no records';
    const notes = report.purgedHeads.map((h) => `Noted head #${h.id} has been purged by retention since; not checked.`);
    const problems = [
      ...(report.broken ? [`Audit trail broken at record #${report.broken.id}: ${report.broken.problem}`] : []),
      ...(report.missingGuards.length
        ? [`Append-only guards were dropped from the database: ${report.missingGuards.join(', ')}`]
        : []),
    ];
    if (problems.length) return { out: notes.join('\n'), err: [...problems, `Checked ${span}.`].join('\n'), status: 1 };
    return {
      out: [
        `Audit trail intact: ${span}.`,
        ...(report.head ? [`Head: ${formatHead(report.head)}`] : []),
        ...notes,
      ].join('\n'),
      err: '',
      status: 0,
    };
  } finally {
    await db.close();
  }
}

try {
  const { out, err, status } = await run(process.argv.slice(2));
  if (out) console.log(out);
  if (err) console.error(err);
  process.exitCode = status;
} catch (err) {
  console.error((err as Error).message);
  // 2 for a command that could not run, so a script can tell it from a broken trail, or an unreadable one (1).
  const usage =
    err instanceof UsageError ||
    err instanceof ConfigError ||
    String((err as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
  process.exitCode = usage ? 2 : 1;
}
