import { Router } from 'express';
import { lookupRequestSchema } from '../../contract/lookup';
import { AppError } from '../http/app-error';
import { validateBody } from '../http/validate';
import type { createParticipantService } from './participant-service';

export function participantRoutes(service: ReturnType<typeof createParticipantService>) {
  const router = Router();
  router.post('/lookups', validateBody(lookupRequestSchema), async (req, res) => {
    if (!req.operator) throw new AppError(401, 'unauthenticated', 'Sign in to continue');
    res.json(await service.lookup(req.body, req.operator, req.ip ?? null));
  });
  return router;
}
