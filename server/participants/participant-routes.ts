import { Router } from 'express';
import { lookupRequestSchema } from '../../contract/lookup';
import { validateBody } from '../http/validate';
import type { createParticipantService } from './participant-service';

export function participantRoutes(service: ReturnType<typeof createParticipantService>) {
  const router = Router();
  router.post('/lookups', validateBody(lookupRequestSchema), async (req, res) => {
    res.json(await service.lookup(req.body));
  });
  return router;
}
