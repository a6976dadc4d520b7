import { Router } from 'express';
import { createOperatorSchema, updateOperatorSchema, usernameSchema } from '../../contract/operators';
import { actorFromRequest as actorOf } from '../http/actor';
import { AppError } from '../http/app-error';
import { requireRole } from '../http/require-session';
import { validateBody } from '../http/validate';
import type { OperatorService } from './operator-service';

export function operatorRoutes(service: OperatorService) {
  const router = Router();
  router.get('/operators', requireRole('admin'), async (_req, res) => void res.json(await service.list()));
  router.post('/operators', requireRole('admin'), validateBody(createOperatorSchema), async (req, res) => {
    res.status(201).json(await service.create(req.body, actorOf(req)));
  });
  router.patch('/operators/:username', requireRole('admin'), validateBody(updateOperatorSchema), async (req, res) => {
    const username = usernameSchema.safeParse(req.params.username);
    if (!username.success)
      throw new AppError(400, 'invalid_request', 'username is not valid', {
        field: 'username',
        params: { rule: 'format' },
      });
    res.json(await service.update(username.data, req.body, actorOf(req)));
  });
  return router;
}
