import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { MAIN_CONTENT_ID } from '../components/skip-link';
import { takeSignedInJustNow } from '../lib/signed-in-just-now';

// A lazy page may need a cold chunk and its texts first; past this, the operator has moved on.
const GIVE_UP_MS = 15_000;

/** The page's own heading, once it is there and if focus is not already inside the page (an autoFocus field). */
function focusHeading(): boolean {
  const main = document.getElementById(MAIN_CONTENT_ID);
  if (!main) return false;
  // While the next page's code loads, Suspense keeps the previous page in the DOM, hidden: its h1 is not the one.
  const heading = [...main.querySelectorAll<HTMLElement>('h1')].find((h) => h.getClientRects().length > 0);
  if (!heading) return false;
  if (main.contains(document.activeElement) && document.activeElement !== main) return true;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  return document.activeElement === heading;
}

/**
 * After sign-in and after each move to another page, focus goes to the new page's h1, so a screen reader announces
 * where the operator is and Tab continues from there rather than from the link that was pressed. The first page of
 * a visit keeps the browser's own start (the skip link comes first).
 */
export function useFocusPageHeading() {
  const { pathname } = useLocation();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the point is to run on every move to another page.
  useEffect(() => {
    // Reached through sign-in, the console's first page is a move too: focus was on the form, now gone.
    const skip = first.current && !takeSignedInJustNow();
    first.current = false;
    if (skip) return;
    if (focusHeading()) return;
    // The page (or its code) is still loading: wait for its heading to appear.
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), GIVE_UP_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [pathname]);
}
