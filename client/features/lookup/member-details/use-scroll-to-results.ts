import { useEffect, useRef } from 'react';

// Breathing room between the sticky app bar and the results' first line.
const GAP_PX = 8;

/**
 * Brings the results into view when the first rows arrive, which on a phone are a screen or more below the form.
 * Smooth unless the operator asked for reduced motion. Only the change from none to some scrolls: rows streaming in
 * afterwards, or results already there when the page mounts, leave the page where the operator put it.
 */
export function useScrollToResults<T extends HTMLElement>(hasRows: boolean) {
  const ref = useRef<T>(null);
  const hadRows = useRef(hasRows);
  useEffect(() => {
    const target = ref.current;
    if (hasRows && !hadRows.current && target) {
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      // The sticky app bar would cover the summary; its height differs by width, so it is measured, not assumed.
      const header = document.querySelector('header')?.getBoundingClientRect().height ?? 0;
      const top = target.getBoundingClientRect().top + window.scrollY - header - GAP_PX;
      window.scrollTo({ top: Math.max(0, top), behavior: reduce ? 'auto' : 'smooth' });
    }
    hadRows.current = hasRows;
  }, [hasRows]);
  return ref;
}
