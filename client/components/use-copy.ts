import { useEffect, useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies text to the clipboard and reports how it went for `showMs`, then is idle again. Clipboard access needs a
 * secure context and permission, so it can fail; each button says what the operator can do instead. With
 * `keepFailure`, a failure stays shown until the next try.
 */
export function useCopy(showMs: number, { keepFailure = false } = {}) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle' || (keepFailure && state === 'failed')) return;
    const timer = window.setTimeout(() => setState('idle'), showMs);
    return () => window.clearTimeout(timer);
  }, [state, showMs, keepFailure]);

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return { state, copy };
}
