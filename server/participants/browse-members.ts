import { setMaxListeners } from 'node:events';
import type { UpstreamErrorInfo } from '../../contract/errors';
import { numeral, stringifyLossless } from '../volcengine/lossless';
import { UpstreamError } from '../volcengine/upstream-error';
import { classifyFailure, failureOf, type JobContext } from './job-context';
import type { JobProgress } from './job-progress';
import { type ScanPage, scanAnswerReader } from './scan-answer-reader';

export interface BrowseOptions {
  newestFirst: boolean;
  onlineOnly: boolean;
  /** Members per page (IM_SCAN_LIMIT). */
  limit: number;
  /** How many members the header said there are (online ones for onlineOnly), when it said. */
  expected: number | null;
}

export type BrowseEnd =
  | { state: 'complete' }
  | { state: 'stopped'; error: UpstreamErrorInfo & { status: number }; firstPage: boolean }
  | { state: 'cancelled' };

// A gateway whose HasMore never ends must not keep us paging forever.
const MAX_PAGES = 20_000;
// Parallel pages in flight at once; the limiter decides when each goes, this only bounds what waits in memory.
const PAGES_IN_FLIGHT = 64;

/**
 * Lists every member with ScanConversationParticipantList.
 *
 * Cursors are opaque by contract, so the sure way is one page after another. That is slow (one round trip per
 * page), so when the first page's NextCursor is exactly its offset and the header gave the member count, the
 * remaining pages are fetched in parallel at offsets, each checked against the same rule. If any page breaks
 * the rule, or more members turn up past the expected end, the listing falls back to walking the cursor chain,
 * skipping members already listed. Either way, every member shows up once.
 */
export async function browseMembers(
  ctx: JobContext,
  options: BrowseOptions,
  progress: JobProgress,
): Promise<BrowseEnd> {
  const listed = new Set<string>();
  const pageAt = (cursor: string, signal: AbortSignal) =>
    ctx.volc.call(
      'ScanConversationParticipantList',
      stringifyLossless({
        AppId: numeral(ctx.appId),
        ConversationShortId: numeral(ctx.conversationId),
        Cursor: numeral(cursor),
        Limit: numeral(String(options.limit)),
        Reverse: options.newestFirst,
        OnlyUserIds: false,
        ...(options.onlineOnly ? { ScanOnlineParticipant: true } : {}),
      }),
      scanAnswerReader,
      { conversationId: ctx.conversationId },
      { signal, key: ctx.key },
    );
  const take = (page: ScanPage, position: number) => {
    const fresh = page.participants.filter((p) => !listed.has(p.userId));
    for (const p of fresh) listed.add(p.userId);
    progress.rows(fresh, [], position);
  };
  /** Fetches one page; a failure ends the listing with its error, or as cancelled. */
  async function fetchPage(cursor: string, signal = ctx.signal): Promise<ScanPage | BrowseEnd> {
    try {
      const { value, requestId } = await pageAt(cursor, signal);
      progress.call(requestId);
      return value;
    } catch (err) {
      const failure = classifyFailure(err, signal);
      if (failure === 'cancelled') return { state: 'cancelled' };
      progress.call(failure.upstream.requestId);
      const explained = explainLimit(failure, options.limit);
      progress.failed(explained);
      return { state: 'stopped', error: failureOf(explained), firstPage: cursor === '0' };
    }
  }
  const isEnd = (result: ScanPage | BrowseEnd): result is BrowseEnd => 'state' in result;

  // The count comes from upstream: a wild one must not plan millions of pages.
  const expectedPages =
    options.expected === null ? null : Math.min(MAX_PAGES, Math.max(1, Math.ceil(options.expected / options.limit)));
  if (expectedPages !== null) progress.callsTotal = (progress.callsTotal ?? 0) + expectedPages;
  const first = await fetchPage('0');
  if (isEnd(first)) return first;
  take(first, 0);
  progress.report();
  if (!first.hasMore || first.nextCursor === null) return { state: 'complete' };

  let resumeFrom: { cursor: string; position: number } = {
    cursor: first.nextCursor,
    position: first.participants.length,
  };
  const offsetCursors = first.participants.length === options.limit && first.nextCursor === String(options.limit);
  if (offsetCursors && expectedPages !== null && expectedPages > 1) {
    // A bounded number in flight (the limiter paces them anyway), each page's rows streamed and dropped as it
    // lands: only what the checks below need is kept. The first page that fails stops its siblings.
    const siblings = new AbortController();
    setMaxListeners(0, siblings.signal);
    const stopSiblings = () => siblings.abort(ctx.signal.reason);
    ctx.signal.addEventListener('abort', stopSiblings, { once: true });
    const offsets = Array.from({ length: expectedPages - 1 }, (_, i) => (i + 1) * options.limit);
    const pages: Array<{ offset: number; count: number; hasMore: boolean; nextCursor: string | null }> = [];
    let stopped: BrowseEnd | null = null;
    let next = 0;
    const worker = async () => {
      while (next < offsets.length && !stopped && !siblings.signal.aborted) {
        const offset = offsets[next++] ?? 0;
        const page = await fetchPage(String(offset), siblings.signal);
        if (isEnd(page)) {
          if (page.state === 'stopped' && !stopped) {
            stopped = page;
            siblings.abort(new Error('a page failed'));
          }
          continue;
        }
        take(page, offset);
        progress.report();
        pages.push({ offset, count: page.participants.length, hasMore: page.hasMore, nextCursor: page.nextCursor });
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(PAGES_IN_FLIGHT, offsets.length) }, worker));
    } finally {
      ctx.signal.removeEventListener('abort', stopSiblings);
    }
    if (stopped) return stopped;
    if (ctx.signal.aborted) return { state: 'cancelled' };
    pages.sort((a, b) => a.offset - b.offset);
    const broken = pages.some((p) => p.hasMore && p.nextCursor !== String(p.offset + p.count));
    const last = pages[pages.length - 1];
    if (!broken && last) {
      // Members may have joined while we listed: carry on from the last page's own cursor.
      if (!last.hasMore || last.nextCursor === null) return { state: 'complete' };
      resumeFrom = { cursor: last.nextCursor, position: last.offset + last.count };
    }
  }

  // The sure way: one page after another along the cursor chain.
  let { cursor, position } = resumeFrom;
  for (let n = 0; n < MAX_PAGES; n += 1) {
    if (ctx.signal.aborted) return { state: 'cancelled' };
    if (progress.callsTotal !== null && progress.callsDone >= progress.callsTotal) progress.callsTotal += 1;
    const page = await fetchPage(cursor);
    if (isEnd(page)) return page;
    take(page, position);
    progress.report();
    if (!page.hasMore || page.nextCursor === null) return { state: 'complete' };
    if (page.nextCursor === cursor) return stuck('the cursor did not advance', progress);
    position += page.participants.length;
    cursor = page.nextCursor;
  }
  return stuck(`more than ${MAX_PAGES} pages`, progress);
}

function stuck(reason: string, progress: JobProgress): BrowseEnd {
  const error = UpstreamError.badAnswer('UnexpectedResult', `the listing never ended: ${reason}`, null, 200);
  progress.failed(error);
  return { state: 'stopped', error: failureOf(error), firstPage: false };
}

/** A refused page size is a setting to change, and the message says which. */
function explainLimit(err: UpstreamError, limit: number): UpstreamError {
  const { code, message, requestId } = err.upstream;
  if (!/^InvalidParameter/.test(code) || !/limit/i.test(`${code} ${message}`)) return err;
  return UpstreamError.rejected(err.upstreamStatus, {
    code,
    message: `Volcengine refused the page size IM_SCAN_LIMIT=${limit}; set IM_SCAN_LIMIT lower (${message})`,
    requestId,
  });
}
