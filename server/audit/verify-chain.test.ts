import { describe, expect, it } from 'vitest';
import { type ChainContent, chainHash, GENESIS_HASH } from './audit-chain';
import { type StoredChainRecord, verifyChain } from './verify-chain';

const contentOf = (id: number, extra: Partial<ChainContent> = {}): ChainContent => ({
  id: String(id),
  at: 1_760_000_000_000 + id,
  event: 'lookup',
  operatorId: '1',
  operator: 'viera',
  ip: '127.0.0.1',
  appId: '100001',
  conversationId: '7101234567890123456',
  userIds: [String(7300000000000000000n + BigInt(id))],
  found: 1,
  notMembers: 0,
  outcome: 'ok',
  requestIds: [],
  durationMs: 3,
  reason: null,
  details: null,
  ...extra,
});

/** Appends records as the console does: each linked to the one before, hashed over what it holds. */
function append(trail: StoredChainRecord[], content: ChainContent): StoredChainRecord[] {
  const prevHash = trail.at(-1)?.hash ?? GENESIS_HASH;
  const record = {
    id: Number(content.id),
    prevHash,
    hash: chainHash(prevHash, content),
    content,
    indexedUserIds: [...content.userIds],
  };
  return [...trail, record];
}

const trailOf = (count: number) =>
  Array.from({ length: count }, (_, i) => i + 1).reduce<StoredChainRecord[]>(
    (trail, id) => append(trail, contentOf(id)),
    [],
  );

/** What an attacker does who also recomputes the hash of the record they forge or change. */
const rehashed = (record: StoredChainRecord, prevHash: string): StoredChainRecord => ({
  ...record,
  prevHash,
  hash: chainHash(prevHash, record.content as ChainContent),
});

describe('verifyChain', () => {
  it('When the trail is as written, then nothing is broken and the head is the newest record', async () => {
    const trail = trailOf(5);

    const report = await verifyChain(trail);

    expect(report).toEqual({
      records: 5,
      firstId: 1,
      head: { id: 5, hash: trail[4]?.hash },
      broken: null,
      purgedHeads: [],
    });
  });

  it('When a field of a record was changed, then that record is named as changed', async () => {
    const trail = trailOf(5);
    const target = trail[2] as StoredChainRecord;
    trail[2] = { ...target, content: contentOf(3, { outcome: 'denied' }) };

    expect((await verifyChain(trail)).broken).toEqual({
      id: 3,
      problem: 'content changed: what it holds no longer matches its hash',
    });
  });

  it('When a record was changed and its hash recomputed, then it is named, as the next record links elsewhere', async () => {
    const trail = trailOf(5);
    const changed = { ...(trail[2] as StoredChainRecord), content: contentOf(3, { outcome: 'ok', reason: 'edited' }) };
    trail[2] = rehashed(changed, trail[1]?.hash ?? '');

    expect((await verifyChain(trail)).broken).toEqual({
      id: 3,
      problem: 'changed or replaced: #4 was chained to a different record #3',
    });
  });

  it('When a record in the middle was removed, then the missing one is named', async () => {
    const trail = trailOf(5);
    trail.splice(2, 1);

    expect((await verifyChain(trail)).broken).toEqual({
      id: 3,
      problem: 'missing: #3 removed; #4 was chained to a record that is gone',
    });
  });

  it('When a forged record was inserted in the middle and the rest renumbered, then the forgery is named', async () => {
    const trail = trailOf(5);
    const forged = rehashed(
      { id: 3, prevHash: null, hash: null, content: contentOf(3, { reason: 'forged' }), indexedUserIds: [] },
      trail[1]?.hash ?? '',
    );
    forged.indexedUserIds = [...(forged.content as ChainContent).userIds];
    const renumbered = trail.slice(2).map((r) => ({ ...r, id: r.id + 1 }));
    const tampered = [...trail.slice(0, 2), forged, ...renumbered];

    expect((await verifyChain(tampered)).broken).toEqual({
      id: 3,
      problem: 'inserted: #3 between #2 and #4, which the console chained directly',
    });
  });

  it('When the first records were removed with no retention purge, then the gap is named', async () => {
    const trail = trailOf(5).slice(2);

    expect((await verifyChain(trail)).broken).toEqual({
      id: 2,
      problem: 'missing: #2 and any before it removed, and no retention purge accounts for them',
    });
  });

  it("When a record's user ID index was changed, then that record is named", async () => {
    const trail = trailOf(3);
    trail[1] = { ...(trail[1] as StoredChainRecord), indexedUserIds: [] };

    expect((await verifyChain(trail)).broken).toEqual({ id: 2, problem: 'its user ID index was changed' });
  });

  it('When the tail was cut off, then only a head noted earlier shows it, naming the first missing record', async () => {
    const trail = trailOf(6);
    const noted = { id: 6, hash: (trail[5]?.hash ?? '').slice(0, 16) };
    const cut = trail.slice(0, 4);

    expect((await verifyChain(cut)).broken).toBeNull();
    expect((await verifyChain(cut, { notedHeads: [noted] })).broken).toEqual({
      id: 5,
      problem: 'missing: the trail ends at #4, but #6 was noted as its head',
    });
  });

  it('When the whole trail was rewritten and hashed anew, then a noted head shows it', async () => {
    const trail = trailOf(4);
    const noted = { id: 4, hash: trail[3]?.hash ?? '' };
    const rewritten = [trail[0], trail[1]].reduce<StoredChainRecord[]>(
      (t, r) => append(t, (r as StoredChainRecord).content as ChainContent),
      [],
    );
    const forged = append(append(rewritten, contentOf(3, { reason: 'rewritten' })), contentOf(4));

    expect((await verifyChain(forged)).broken).toBeNull();
    expect((await verifyChain(forged, { notedHeads: [noted] })).broken).toEqual({
      id: 4,
      problem: 'changed or replaced: its hash is not the one noted for head #4',
    });
  });

  it('When a retention purge cut the oldest records, then the rest verifies from its anchor, and a later removal does not', async () => {
    const trail = trailOf(6);
    const anchor = { firstKeptId: 4, prevHash: trail[2]?.hash ?? '' };
    const purged = append(trail, contentOf(7, { event: 'audit_purged', details: { removed: 3, anchor } })).slice(3);
    const noted = { id: 2, hash: trail[1]?.hash ?? '' };

    const report = await verifyChain(purged, { notedHeads: [noted] });

    expect(report.broken).toBeNull();
    expect(report.purgedHeads).toEqual([noted]);
    expect((await verifyChain(purged.slice(1))).broken).toEqual({
      id: 4,
      problem: 'missing: #4 removed, though the last retention purge kept records from #4 on',
    });
  });

  it('When the user ID index names a record that does not exist, then that is named as inserted', async () => {
    const report = await verifyChain(trailOf(3), { strayIndexIds: [99] });

    expect(report.broken).toEqual({
      id: 99,
      problem: 'inserted: the user ID index names this record, which does not exist',
    });
  });
});
