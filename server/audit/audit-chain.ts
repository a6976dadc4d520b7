import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * The hash chain over the audit trail. Pure: it knows nothing of the database, so any store (SQLite now, PostgreSQL
 * later) can hold the chain as long as it hands back what it was given.
 */

/** What the first record of a trail points back to. */
export const GENESIS_HASH = '0'.repeat(64);

export const HASH_PATTERN = /^[0-9a-f]{64}$/;

/**
 * Every field of a stored audit record, in a form no store changes: IDs as decimal strings, the time as Unix ms.
 * Adding a stored field means adding it here, or the chain would not cover it.
 */
export interface ChainContent {
  id: string;
  at: number;
  event: string;
  operatorId: string | null;
  operator: string | null;
  ip: string | null;
  appId: string | null;
  conversationId: string | null;
  userIds: string[];
  found: number | null;
  notMembers: number | null;
  outcome: string;
  requestIds: string[];
  durationMs: number | null;
  reason: string | null;
  details: Record<string, unknown> | null;
}

const LONE_SURROGATE = /\p{Cs}/gu;

/**
 * The value with every lone surrogate replaced by U+FFFD, deeply. A lone surrogate has no UTF-8 form, so a store
 * writes something else in its place; making the text well-formed before it is stored and hashed means what is
 * read back is what was hashed.
 */
export function wellFormed<T>(value: T): T {
  if (typeof value === 'string') return value.replace(LONE_SURROGATE, '\uFFFD') as T;
  if (Array.isArray(value)) return value.map(wellFormed) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [wellFormed(key), wellFormed(v)])) as T;
  }
  return value;
}

/**
 * The record's canonical text: RFC 8785 JSON (keys sorted, no whitespace, one spelling for every number and
 * string), so field order, JSON formatting or a store's key order never change the hash.
 */
export function canonicalContent(content: ChainContent): string {
  const text = canonicalize(wellFormed(content));
  if (text === undefined) throw new Error('audit record has no canonical form');
  return text;
}

/**
 * The record's canonical text on either side of its id, for a store that numbers and hashes the record itself
 * (PostgreSQL, under its lock): canonicalContent({ ...content, id }) is prefix + id + suffix. Built from the
 * members that sort before "id" and those after, as RFC 8785 orders them (by UTF-16 code units, as `<` compares).
 */
export function canonicalAroundId(content: Omit<ChainContent, 'id'>): { prefix: string; suffix: string } {
  const members = Object.entries(wellFormed(content));
  const before = canonicalize(Object.fromEntries(members.filter(([key]) => key < 'id'))) ?? '{}';
  const after = canonicalize(Object.fromEntries(members.filter(([key]) => key > 'id'))) ?? '{}';
  return {
    prefix: before === '{}' ? '{"id":"' : `${before.slice(0, -1)},"id":"`,
    suffix: after === '{}' ? '"}' : `",${after.slice(1)}`,
  };
}

/** SHA-256 of the previous record's hash and this record's canonical content, as hex. */
export function chainHash(prevHash: string, content: ChainContent): string {
  return createHash('sha256').update(`${prevHash}\n`).update(canonicalContent(content)).digest('hex');
}

/**
 * Where a retention purge cut the trail: the first record it kept and the hash that record points back to (the
 * last removed record's). The purge's own audit record carries it, so verification can tell a purge from a removal.
 */
export interface PurgeAnchor {
  firstKeptId: number;
  prevHash: string;
}

/** The anchor in an `audit_purged` record's details, if it has a well-formed one (purges before the chain had none). */
export function purgeAnchorOf(details: Record<string, unknown> | null): PurgeAnchor | null {
  const anchor = details?.anchor;
  if (anchor === null || typeof anchor !== 'object') return null;
  const { firstKeptId, prevHash } = anchor as Record<string, unknown>;
  if (!Number.isSafeInteger(firstKeptId) || typeof prevHash !== 'string' || !HASH_PATTERN.test(prevHash)) return null;
  return { firstKeptId: firstKeptId as number, prevHash };
}
