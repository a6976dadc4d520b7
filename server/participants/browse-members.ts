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
  const pageAt = (cursor: string) =>
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
      { signal: ctx.signal, key: ctx.key },
    );
  const take = (page: ScanPage, position: number) => {
    const fresh = page.participants.filter((p) => !listed.has(p.userId));
    for (const p of fresh) listed.add(p.userId);
    progress.rows(fresh, [], position);
  };
  /** Fetches one page; a failure ends the listing with its error, or as cancelled. */
  async function fetchPage(cursor: string): Promise<ScanPage | BrowseEnd> {
    try {
      const { value, requestId } = await pageAt(cursor);
      progress.call(requestId);
      return value;
    } catch (err) {
      const failure = classifyFailure(err, ctx.signal);
      if (failure === 'cancelled') return { state: 'cancelled' };
      progress.call(failure.upstream.requestId);
      const explained = explainLimit(failure, options.limit);
      progress.failed(explained);
      return { state: 'stopped', error: failureOf(explained), firstPage: cursor === '0' };
    }
  }
  const isEnd = (result: ScanPage | BrowseEnd): result is BrowseEnd => 'state' in result;

  const expectedPages = options.expected === null ? null : Math.max(1, Math.ceil(options.expected / options.limit));
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
    const offsets = Array.from({ length: expectedPages - 1 }, (_, i) => (i + 1) * options.limit);
    const pages = await Promise.all(
      offsets.map(async (offset) => {
        const page = await fetchPage(String(offset));
        if (!isEnd(page)) {
          take(page, offset);
          progress.report();
        }
        return { offset, page };
      }),
    );
    const ended = pages.find((p) => isEnd(p.page));
    if (ended && isEnd(ended.page)) return ended.page;
    const broken = pages.some(
      ({ offset, page }) =>
        !isEnd(page) && page.hasMore && page.nextCursor !== String(offset + page.participants.length),
    );
    const last = pages[pages.length - 1];
    if (!broken && last && !isEnd(last.page)) {
      // Members may have joined while we listed: carry on from the last page's own cursor.
      if (!last.page.hasMore || last.page.nextCursor === null) return { state: 'complete' };
      resumeFrom = { cursor: last.page.nextCursor, position: last.offset + last.page.participants.length };
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
