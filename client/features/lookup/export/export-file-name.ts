/** `members-<app>-<conversation>-20261126T121832Z.csv`: which conversation, and when, in UTC. */
export function exportFileName(appId: string, conversationId: string, at: Date, extension: string): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
  return `members-${appId}-${conversationId}-${stamp}.${extension}`;
}
