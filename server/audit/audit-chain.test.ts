import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type ChainContent,
  canonicalAroundId,
  canonicalContent,
  chainHash,
  GENESIS_HASH,
  purgeAnchorOf,
} from './audit-chain';

const content: ChainContent = {
  id: '42',
  at: 1_760_000_000_123,
  event: 'lookup',
  operatorId: '7',
  operator: 'viera',
  ip: '127.0.0.1',
  appId: '100001',
  conversationId: '7101234567890123456',
  userIds: ['9223372036854775807', '9007199254740993'],
  found: 1,
  notMembers: 1,
  outcome: 'ok',
  requestIds: ['20261126041505A1B2C3D4E5F6A7B8C9D0'],
  durationMs: 12,
  reason: 'TICKET-1',
  details: { b: 1, a: { y: 'x', x: [1, 'two'] } },
};

describe('canonicalContent', () => {
  it('When the same record comes with keys in another order, then its canonical text is the same', () => {
    const reordered = Object.fromEntries(Object.entries(content).reverse()) as unknown as ChainContent;
    reordered.details = { a: { x: [1, 'two'], y: 'x' }, b: 1 };

    expect(canonicalContent(reordered)).toBe(canonicalContent(content));
  });

  it('When a record is canonicalised, then IDs stay exact strings and keys are sorted', () => {
    const text = canonicalContent(content);

    expect(text).toContain('"userIds":["9223372036854775807","9007199254740993"]');
    expect(text.startsWith('{"appId":"100001","at":1760000000123,"conversationId"')).toBe(true);
    expect(text).toContain('"details":{"a":{"x":[1,"two"],"y":"x"},"b":1}');
  });

  it('When text holds a lone surrogate, then it is hashed as U+FFFD, the way a store keeps it', () => {
    const lone = { ...content, reason: 'a\uD800b' };

    expect(canonicalContent(lone)).toBe(canonicalContent({ ...content, reason: 'a\uFFFDb' }));
  });
});

describe('canonicalAroundId', () => {
  it('When the text around the id is joined with an id, then it is the canonical text of the record with that id', () => {
    const { id: _, ...rest } = content;
    const tricky: Array<Omit<ChainContent, 'id'>> = [
      rest,
      // A key inside details that looks like the record's own id, and text that looks like JSON.
      { ...rest, details: { 'x"id': '', id: '1', nested: { id: '' } }, reason: '"id":"","}' },
      { ...rest, details: null, reason: '工单 ✓ \uD83D\uDE00 😀', operator: null, ip: null, userIds: [] },
      { ...rest, reason: 'a\uD800b' },
    ];
    for (const record of tricky) {
      const { prefix, suffix } = canonicalAroundId(record);
      for (const id of ['1', '42', '9007199254740993']) {
        expect(prefix + id + suffix).toBe(canonicalContent({ ...record, id }));
      }
    }
  });
});

describe('chainHash', () => {
  it("When hashed, then it is the SHA-256 of the previous hash, a newline and the record's canonical text", () => {
    const expected = createHash('sha256')
      .update(`${GENESIS_HASH}\n${canonicalContent(content)}`)
      .digest('hex');

    expect(chainHash(GENESIS_HASH, content)).toBe(expected);
  });

  it('When any single field changes, or the previous hash does, then the hash changes', () => {
    const base = chainHash(GENESIS_HASH, content);
    const changes: Array<Partial<ChainContent>> = [
      { id: '43' },
      { at: content.at + 1 },
      { event: 'sign_in' },
      { operatorId: null },
      { operator: 'viera ' },
      { ip: '127.0.0.2' },
      { appId: '100002' },
      { conversationId: '7101234567890123457' },
      { userIds: ['9223372036854775807'] },
      { found: 2 },
      { notMembers: 0 },
      { outcome: 'denied' },
      { requestIds: [] },
      { durationMs: 13 },
      { reason: null },
      { details: { b: 1 } },
    ];

    for (const change of changes) {
      expect(chainHash(GENESIS_HASH, { ...content, ...change }), JSON.stringify(change)).not.toBe(base);
    }
    expect(changes.map((c) => Object.keys(c)[0]).sort()).toEqual(Object.keys(content).sort());
    expect(chainHash('1'.repeat(64), content)).not.toBe(base);
  });
});

describe('purgeAnchorOf', () => {
  it('When a purge record carries an anchor, then it is read; otherwise there is none', () => {
    const anchor = { firstKeptId: 12, prevHash: 'a'.repeat(64) };

    expect(purgeAnchorOf({ removed: 11, anchor })).toEqual(anchor);
    expect(purgeAnchorOf({ removed: 11 })).toBeNull();
    expect(purgeAnchorOf({ anchor: { firstKeptId: '12', prevHash: 'a'.repeat(64) } })).toBeNull();
    expect(purgeAnchorOf(null)).toBeNull();
  });
});
