import { useEffect, useRef } from 'react';

/**
 * Brings the results into view when the first rows arrive, which on a phone are a screen or more below the form.
 * Smooth unless the operator asked for reduced motion. Only the change from none to some scrolls: rows streaming in
 * afterwards, or results already there when the page mounts, leave the page where the operator put it.
 */
export function useScrollToResults<T extends HTMLElement>(hasRows: boolean) {
  const ref = useRef<T>(null);
  const hadRows = useRef(hasRows);
  useEffect(() => {
    if (hasRows && !hadRows.current) {
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      // Optional: jsdom, where component tests run, has no layout and so no scrollIntoView.
      ref.current?.scrollIntoView?.({ behavior: reduce ? 'auto' : 'smooth', block: 'start' });
    }
    hadRows.current = hasRows;
  }, [hasRows]);
  return ref;
}
