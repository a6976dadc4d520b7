import { clearDrafts, readDraft, writeDraft } from '../../lib/session-drafts';

const OWNER = 'owner';

/**
 * Drafts (the half-typed lookup, a lookup to resume) belong to one operator. When someone else signs in on this
 * tab, theirs must not appear, let alone run under the new name.
 */
export function claimDrafts(username: string): void {
  if (readDraft(OWNER) === username) return;
  clearDrafts();
  writeDraft(OWNER, username);
}
