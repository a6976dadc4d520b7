import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';

const NowContext = createContext<number>(Date.now());

/**
 * Ticks the clock for relative times so "in 4 h" counts down and a mute flips to expired while the page is open,
 * without rebuilding the grid's columns (which would reset widths the user dragged).
 */
export function NowProvider({ intervalMs = 30_000, children }: { intervalMs?: number; children: ReactNode }) {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return <NowContext value={now}>{children}</NowContext>;
}

export function useNow(): number {
  return useContext(NowContext);
}
