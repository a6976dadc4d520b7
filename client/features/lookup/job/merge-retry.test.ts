import { describe, expect, it } from 'vitest';
import type { LookupEvent } from '../../../../contract/lookup';
import { participant } from '../../../testing/participant';
import { applyEvents, startJob, uncheckedIds } from '../lookup-job-state';
import { jobRows } from './job-rows';
import { mergeRetryEvents } from './merge-retry';

const member = (userId: string) => participant(userId, { conversationId: '7' });
const denied = { code: 'AccessDenied', message: 'no', requestId: 'R1', status: 502 };
const end = (outcome: 'ok' | 'partial' | 'cancelled'): LookupEvent => ({
  type: 'end',
  outcome,
  browseError: null,
  requestIds: ['R'],
});

function partialJob() {
  const job = startJob({ appId: '1', conversationId: '7', userIds: ['1', '2', '3', '4'] });
  return applyEvents(job, [
    { type: 'rows', participants: [member('1')], notMembers: ['2'] },
    { type: 'unchecked', batch: { userIds: ['3', '4'], error: denied } },
    end('partial'),
  ]);
}

describe('mergeRetryEvents', () => {
  it('When a retry answers every not-checked ID, then the rows keep input order and the job is ok', () => {
    const job = partialJob();
    expect(uncheckedIds(job)).toEqual(['3', '4']);

    const merged = mergeRetryEvents(job, [{ type: 'rows', participants: [member('4')], notMembers: ['3'] }, end('ok')]);

    expect(jobRows(merged).map((row) => [row.id, row.kind])).toEqual([
      ['1', 'member'],
      ['2', 'not-member'],
      ['3', 'not-member'],
      ['4', 'member'],
    ]);
    expect(merged.outcome).toBe('ok');
    expect(uncheckedIds(merged)).toEqual([]);
  });

  it('When a retry fails again for some IDs, then they stay not checked with the new error', () => {
    const again = { ...denied, code: 'InternalError', status: 500 };
    const merged = mergeRetryEvents(partialJob(), [
      { type: 'rows', participants: [], notMembers: ['3'] },
      { type: 'unchecked', batch: { userIds: ['4'], error: again } },
      end('partial'),
    ]);

    expect(merged.outcome).toBe('partial');
    expect(uncheckedIds(merged)).toEqual(['4']);
    expect(jobRows(merged).at(-1)).toEqual({ id: '4', kind: 'not-checked', error: again });
  });
});

describe('jobRows', () => {
  it('When a lookup is still running, then only the IDs with an answer have rows', () => {
    const job = applyEvents(startJob({ appId: '1', conversationId: '7', userIds: ['1', '2', '3'] }), [
      { type: 'rows', participants: [member('2')], notMembers: [] },
    ]);
    expect(jobRows(job).map((row) => row.id)).toEqual(['2']);
  });

  it('When a lookup was cancelled, then the IDs it never reached read "not checked", not "not a member"', () => {
    const job = applyEvents(startJob({ appId: '1', conversationId: '7', userIds: ['1', '2'] }), [
      { type: 'rows', participants: [member('1')], notMembers: [] },
      end('cancelled'),
    ]);
    expect(jobRows(job).map((row) => [row.id, row.kind])).toEqual([
      ['1', 'member'],
      ['2', 'not-checked'],
    ]);
  });

  it('When browse pages land out of order or repeat a member, then rows follow the listing, once each', () => {
    const job = applyEvents(startJob({ appId: '1', conversationId: '7', userIds: [] }), [
      { type: 'rows', participants: [member('3'), member('4')], notMembers: [], position: 2 },
      { type: 'rows', participants: [member('1'), member('2'), member('3')], notMembers: [], position: 0 },
    ]);
    expect(jobRows(job).map((row) => row.id)).toEqual(['1', '2', '3', '4']);
  });
});
