// Drafts live in sessionStorage: they survive a trip through the sign-in page and a reload, stay in this tab,
// and vanish when it closes. Everything under the prefix belongs to the signed-in operator and is wiped with them.
const PREFIX = 'im-console.draft.';

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    // Some browsers throw on access when storage is disabled.
    return null;
  }
}

/** The stored value, still to be checked by the caller: it may come from an older build or be hand-edited. */
export function readDraft(name: string): unknown {
  const raw = storage()?.getItem(PREFIX + name);
  if (raw === null || raw === undefined) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

export function writeDraft(name: string, value: unknown): void {
  try {
    storage()?.setItem(PREFIX + name, JSON.stringify(value));
  } catch {
    // Quota exceeded: losing a draft is better than breaking the form.
  }
}

export function removeDraft(name: string): void {
  storage()?.removeItem(PREFIX + name);
}

export function clearDrafts(): void {
  const store = storage();
  if (!store) return;
  const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter(
    (key): key is string => key?.startsWith(PREFIX) ?? false,
  );
  for (const key of keys) store.removeItem(key);
}
