import type { Request } from 'express';

/** Who did something, as the audit trail records it. The CLI is an actor without an operator ID. */
export interface Actor {
  operatorId: number | null;
  username: string;
  ip: string | null;
}

export const actorFromRequest = (req: Request): Actor => ({
  operatorId: req.operator?.id ?? null,
  username: req.operator?.username ?? '',
  ip: req.ip ?? null,
});
