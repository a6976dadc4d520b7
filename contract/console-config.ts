/** `GET /api/config`: what the signed-in operator's console needs to know. */
export interface ConsoleConfig {
  /** The apps this operator may look up. */
  apps: { id: string; label: string }[];
  /** When true, a lookup without `reason` is refused with 400. */
  reasonRequired: boolean;
  demo: boolean;
  maxUserIds: number;
  /** Present in demo mode: what "Try an example" fills in. */
  example: { appId: string; conversationId: string; userIds: string[] } | null;
}
