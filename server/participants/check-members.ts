import { numeral, stringifyLossless } from '../volcengine/lossless';
import { classifyFailure, type JobContext } from './job-context';
import type { JobProgress } from './job-progress';
import { participantsAnswerReader } from './participants-answer-reader';

const chunk = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * Checks the user IDs in batches, all queued at once behind the shared limiter. Each batch lands as rows (members
 * found, the rest of the batch not members) or as one unchecked batch with its error: never as "not a member".
 */
export async function checkMembers(ctx: JobContext, userIds: string[], batchSize: number, progress: JobProgress) {
  await Promise.all(
    chunk(userIds, batchSize).map(async (batch) => {
      // Bare numerals, digit for digit: Volcengine takes int64s, not strings.
      const body = stringifyLossless({
        AppId: numeral(ctx.appId),
        ConversationShortId: numeral(ctx.conversationId),
        ParticipantUserIds: batch.map(numeral),
      });
      try {
        const { value, requestId } = await ctx.volc.call(
          'BatchGetConversationParticipant',
          body,
          participantsAnswerReader,
          { conversationId: ctx.conversationId, userIds: batch },
          { signal: ctx.signal, key: ctx.key },
        );
        progress.call(requestId);
        const found = new Map(value.map((p) => [p.userId, p]));
        progress.rows(
          batch.flatMap((id) => found.get(id) ?? []),
          batch.filter((id) => !found.has(id)),
        );
      } catch (err) {
        const failure = classifyFailure(err, ctx.signal);
        if (failure === 'cancelled') return;
        progress.call(failure.upstream.requestId);
        progress.failed(failure, batch);
      }
      progress.report();
    }),
  );
}
