import { type ChainContent, chainHash, GENESIS_HASH, type PurgeAnchor, purgeAnchorOf } from './audit-chain';
import { startedRecordOf } from './started-record-migration';

/** One stored record as a store hands it back, oldest first. */
export interface StoredChainRecord {
  id: number;
  prevHash: string | null;
  hash: string | null;
  /** What the record holds, or why it could not be read back. */
  content: ChainContent | { unreadable: string };
  /** The user IDs the store's "who looked at this person" index holds for it, in any order. */
  indexedUserIds: string[];
  /** The unhashed `started_record` column, which must mirror the hashed details; left out where there is none. */
  startedRecord?: number | null;
}

/** A head noted earlier (from the log, the audit page or `npm run audit -- head`): its id and hash or hash prefix. */
export interface NotedHead {
  id: number;
  hash: string;
}

export interface ChainBreak {
  /** The first record that is not as the console wrote it: changed, inserted, or the first of the missing ones. */
  id: number;
  problem: string;
}

export interface ChainReport {
  records: number;
  firstId: number | null;
  head: { id: number; hash: string | null } | null;
  broken: ChainBreak | null;
  /** Noted heads that retention has purged since, so they could not be checked. */
  purgedHeads: NotedHead[];
}

export interface VerifyOptions {
  notedHeads?: NotedHead[];
  /** Record ids the user ID index names that have no record. */
  strayIndexIds?: number[];
}

/** How many recent records a broken link is matched against, to tell inserted records from changed ones. */
const LOOKBACK = 1000;

const range = (from: number, to: number) => (from === to ? `#${from}` : `#${from}–#${to}`);

function sameIds(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const sortedB = [...b].sort();
  return [...a].sort().every((id, i) => id === sortedB[i]);
}

function ownHashProblem(record: StoredChainRecord): string | null {
  if ('unreadable' in record.content) return `content changed: it cannot be read back (${record.content.unreadable})`;
  if (record.hash === null || record.prevHash === null)
    return 'inserted: it carries no hash, so the console did not write it';
  let expected: string;
  try {
    expected = chainHash(record.prevHash, record.content);
  } catch (err) {
    return `content changed: it cannot be hashed (${(err as Error).message})`;
  }
  if (expected !== record.hash) return 'content changed: what it holds no longer matches its hash';
  if (!sameIds(record.content.userIds, record.indexedUserIds)) return 'its user ID index was changed';
  // The listing hides a started record by this link: a forged one could hide a job that never finished.
  if (record.startedRecord !== undefined && record.startedRecord !== startedRecordOf(record.content.details))
    return 'its link to a started record was changed';
  return null;
}

/**
 * Why the link into `record` is broken: its prev_hash is not the hash of the record stored before it. If it is the
 * hash of a record further back, the ones in between were inserted; if ids are skipped, records are missing;
 * otherwise the record before it was changed (its hash recomputed) or replaced.
 */
function linkProblem(
  recent: Array<{ id: number; hash: string | null }>,
  previous: { id: number; hash: string | null },
  record: StoredChainRecord,
): ChainBreak {
  const linkedTo = recent.findLastIndex((r) => r.hash !== null && r.hash === record.prevHash);
  const afterLinked = recent[linkedTo + 1];
  if (linkedTo >= 0 && afterLinked) {
    return {
      id: afterLinked.id,
      problem: `inserted: ${range(afterLinked.id, previous.id)} between #${recent[linkedTo]?.id} and #${record.id}, which the console chained directly`,
    };
  }
  if (record.id > previous.id + 1) {
    return {
      id: previous.id + 1,
      problem: `missing: ${range(previous.id + 1, record.id - 1)} removed; #${record.id} was chained to a record that is gone`,
    };
  }
  return {
    id: previous.id,
    problem: `changed or replaced: #${record.id} was chained to a different record #${previous.id}`,
  };
}

/** Where the oldest remaining record should start: after the last purge's cut, or at the genesis of the trail. */
function startProblem(first: StoredChainRecord, anchor: PurgeAnchor | null): ChainBreak | null {
  if (!anchor) {
    if (first.prevHash === GENESIS_HASH) return null;
    return first.id > 1
      ? {
          id: first.id - 1,
          problem: `missing: #${first.id - 1} and any before it removed, and no retention purge accounts for them`,
        }
      : { id: first.id, problem: 'changed or replaced: the first record does not start the chain' };
  }
  if (first.id < anchor.firstKeptId) {
    return {
      id: first.id,
      problem: `inserted: the last retention purge kept records from #${anchor.firstKeptId} on`,
    };
  }
  if (first.id > anchor.firstKeptId) {
    return {
      id: anchor.firstKeptId,
      problem: `missing: ${range(anchor.firstKeptId, first.id - 1)} removed, though the last retention purge kept records from #${anchor.firstKeptId} on`,
    };
  }
  if (first.prevHash !== anchor.prevHash) {
    return {
      id: first.id,
      problem: 'changed or replaced: it does not continue from where the last retention purge cut',
    };
  }
  return null;
}

/**
 * Checks a trail, oldest record first: every record's hash against what it holds, every link to the record before,
 * the start against the last retention purge's anchor, and noted heads (which catch a cut-off tail). Reports the
 * first broken record. Reads the records once, keeping only the last few in memory.
 */
export async function verifyChain(
  records: Iterable<StoredChainRecord> | AsyncIterable<StoredChainRecord>,
  options: VerifyOptions = {},
): Promise<ChainReport> {
  const noted = new Map((options.notedHeads ?? []).map((h) => [h.id, h.hash.toLowerCase()]));
  let broken: ChainBreak | null = null;
  const report = (problem: ChainBreak | null) => {
    if (problem && (!broken || problem.id < broken.id)) broken = problem;
  };
  const recent: Array<{ id: number; hash: string | null }> = [];
  let first: StoredChainRecord | null = null;
  let count = 0;
  let anchor: PurgeAnchor | null = null;

  for await (const record of records) {
    count += 1;
    const previous = recent.at(-1);
    if (!first) first = record;
    else if (previous && record.prevHash !== previous.hash) report(linkProblem(recent, previous, record));
    const own = ownHashProblem(record);
    if (own) report({ id: record.id, problem: own });
    if (!('unreadable' in record.content) && record.content.event === 'audit_purged') {
      anchor = purgeAnchorOf(record.content.details) ?? anchor;
    }
    const notedHash = noted.get(record.id);
    if (notedHash !== undefined) {
      noted.delete(record.id);
      if (!record.hash?.startsWith(notedHash)) {
        report({ id: record.id, problem: `changed or replaced: its hash is not the one noted for head #${record.id}` });
      }
    }
    recent.push({ id: record.id, hash: record.hash });
    if (recent.length > 2 * LOOKBACK) recent.splice(0, LOOKBACK);
  }

  if (first) report(startProblem(first, anchor));
  const last = recent.at(-1) ?? null;
  const purgedHeads: NotedHead[] = [];
  for (const [id, hash] of noted) {
    if (first && id < first.id) purgedHeads.push({ id, hash });
    else if (!last || id > last.id) {
      const from = (last?.id ?? 0) + 1;
      report({
        id: from,
        problem: `missing: the trail ends at ${last ? `#${last.id}` : 'nothing'}, but #${id} was noted as its head`,
      });
    } else report({ id, problem: `missing: #${id} was noted as a head but is gone` });
  }
  for (const id of options.strayIndexIds ?? []) {
    report({ id, problem: 'inserted: the user ID index names this record, which does not exist' });
  }
  return { records: count, firstId: first?.id ?? null, head: last, broken, purgedHeads };
}
