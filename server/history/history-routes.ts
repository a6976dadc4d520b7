import { Router } from 'express';
import type { RecentLookup, SavedLookup } from '../../contract/saved-lookups';
import { savedLookupSchema } from '../../contract/saved-lookups';
import type { AuditRepository } from '../audit/audit-repository';
import { AppError } from '../http/app-error';
import { operatorOf } from '../http/require-session';
import { validateBody } from '../http/validate';
import type { SavedLookupRepository } from './saved-lookup-repository';

const RECENT = 50;
const notFound = () => new AppError(404, 'not_found', 'No such saved lookup, or it has expired', { field: 'id' });

/**
 * Links and history: saved questions behind opaque IDs, and each operator's own recent lookups from the audit
 * trail. Neither holds an answer: opening one asks again, under the opener's own grants, audited as theirs.
 */
export function historyRoutes(
  saved: SavedLookupRepository,
  audit: AuditRepository,
  keepMs: number,
  maxUserIds: number,
) {
  const router = Router();

  router.post('/saved-lookups', validateBody(savedLookupSchema), async (req, res) => {
    const operator = operatorOf(req);
    if (!operator.apps.includes(req.body.appId)) {
      throw new AppError(403, 'forbidden', 'You have no access to this app', { field: 'appId' });
    }
    if (req.body.userIds.length > maxUserIds) {
      throw new AppError(400, 'invalid_request', `userIds must hold at most ${maxUserIds} user IDs`, {
        field: 'userIds',
        params: { rule: 'too_many_items', limit: maxUserIds },
      });
    }
    const stored = await saved.save({ ...req.body, userIds: [...new Set<string>(req.body.userIds)] }, operator.id);
    res.status(201).json({ id: stored.id, expiresAt: new Date(stored.createdAt + keepMs).toISOString() });
  });

  router.get('/saved-lookups/:id', async (req, res) => {
    if (!/^[A-Za-z0-9_-]{22}$/.test(req.params.id ?? '')) throw notFound();
    const stored = await saved.find(req.params.id);
    if (!stored) throw notFound();
    // A link passed on doesn't pass on access: the opener needs the app, as for any lookup.
    if (!operatorOf(req).apps.includes(stored.appId)) {
      throw new AppError(403, 'forbidden', 'You have no access to this app', { field: 'appId' });
    }
    const { createdBy: _by, ...question } = stored;
    const body: SavedLookup = {
      ...question,
      createdAt: new Date(stored.createdAt).toISOString(),
      expiresAt: new Date(stored.createdAt + keepMs).toISOString(),
    };
    res.json(body);
  });

  router.get('/lookups/recent', async (req, res) => {
    const records = await audit.recentLookups(operatorOf(req).id, RECENT);
    const lookups: RecentLookup[] = records.map((r) => ({
      auditId: r.id,
      at: r.at,
      mode: r.event === 'browse' ? 'browse' : 'lookup',
      appId: r.appId,
      conversationId: r.conversationId,
      userCount: r.userIds.length,
      outcome: r.outcome,
      found: r.found,
      reason: r.reason,
    }));
    res.json({ lookups });
  });

  router.get('/lookups/recent/:auditId', async (req, res) => {
    const id = Number(req.params.auditId);
    const record = Number.isSafeInteger(id) && id > 0 ? await audit.ownLookup(id, operatorOf(req).id) : null;
    if (!record?.appId || !record.conversationId) {
      throw new AppError(404, 'not_found', 'No such lookup of yours', { field: 'auditId' });
    }
    res.json({
      appId: record.appId,
      conversationId: record.conversationId,
      userIds: record.userIds,
      newestFirst: record.details?.newestFirst === true,
      onlineOnly: record.details?.onlineOnly === true,
    });
  });
  return router;
}
