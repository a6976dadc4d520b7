import { randomBytes } from 'node:crypto';
import type { LookupQuestion } from '../../contract/saved-lookups';
import type { Db } from '../db/database';
import { parseJsonObject, parseStringList } from '../db/json-columns';

export interface StoredQuestion extends LookupQuestion {
  id: string;
  createdBy: number;
  createdAt: number;
}

/** Lookups saved under an opaque ID, for links too long for a URL; gone after `keepMs`. */
export function createSavedLookupRepository(db: Db, keepMs: number, now: () => number = Date.now) {
  return {
    async save(question: LookupQuestion, operatorId: number): Promise<StoredQuestion> {
      const at = now();
      // 128 random bits: a link can't be guessed, and says nothing about what it asks.
      const id = randomBytes(16).toString('base64url');
      // Expired links go as new ones come; nothing else needs to run on a schedule.
      await db
        .deleteFrom('saved_lookups')
        .where('created_at', '<', at - keepMs)
        .execute();
      await db
        .insertInto('saved_lookups')
        .values({
          id,
          created_by: operatorId,
          created_at: at,
          app_id: question.appId,
          conversation_id: question.conversationId,
          user_ids: JSON.stringify(question.userIds),
          options: JSON.stringify({ newestFirst: question.newestFirst, onlineOnly: question.onlineOnly }),
        })
        .execute();
      return { ...question, id, createdBy: operatorId, createdAt: at };
    },
    async find(id: string): Promise<StoredQuestion | null> {
      const row = await db
        .selectFrom('saved_lookups')
        .selectAll()
        .where('id', '=', id)
        .where('created_at', '>=', now() - keepMs)
        .executeTakeFirst();
      if (!row) return null;
      const options = parseJsonObject(row.options);
      return {
        id: row.id,
        createdBy: row.created_by,
        createdAt: row.created_at,
        appId: row.app_id,
        conversationId: row.conversation_id,
        userIds: parseStringList(row.user_ids),
        newestFirst: options.newestFirst === true,
        onlineOnly: options.onlineOnly === true,
      };
    },
  };
}

export type SavedLookupRepository = ReturnType<typeof createSavedLookupRepository>;
