import { Router } from 'express';
import { type AuditHeadResponse, type AuditPage, auditQuerySchema } from '../../contract/audit';
import { requireRole } from '../http/require-session';
import { parseQuery } from '../http/validate';
import { writeAuditCsv } from './audit-csv';
import type { AuditRepository } from './audit-repository';

export function auditRoutes(audit: AuditRepository) {
  const router = Router();
  router.get('/audit', requireRole('admin'), async (req, res) => {
    const { page, pageSize, ...filter } = parseQuery(auditQuerySchema, req);
    const body: AuditPage = await audit.page(filter, page, pageSize);
    res.json(body);
  });
  router.get('/audit/head', requireRole('admin'), async (_req, res) => {
    const head = await audit.head();
    const body: AuditHeadResponse = {
      head: head ? { id: head.id, hash: head.hash, at: new Date(head.at).toISOString() } : null,
    };
    res.json(body);
  });
  router.get('/audit.csv', requireRole('admin'), async (req, res) => {
    const { page: _page, pageSize: _size, ...filter } = parseQuery(auditQuerySchema, req);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="audit-${stamp}.csv"`);
    await writeAuditCsv(audit.iterate(filter), res);
  });
  return router;
}
