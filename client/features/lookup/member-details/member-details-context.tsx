import { createContext, type ReactNode, useCallback, useContext, useState } from 'react';
import type { ParticipantRow } from '../build-rows';
import { MemberDrawer } from './member-drawer';

type OpenDetails = (row: ParticipantRow) => void;

const OpenDetailsContext = createContext<OpenDetails | null>(null);

/**
 * Holds the one detail drawer of a result list. Grid rows and cards open it through `useOpenMemberDetails`, so
 * neither needs to know where the drawer lives.
 */
export function MemberDetailsProvider({ children }: { children: ReactNode }) {
  const [row, setRow] = useState<ParticipantRow | null>(null);
  const [open, setOpen] = useState(false);
  const openDetails = useCallback((next: ParticipantRow) => {
    setRow(next);
    setOpen(true);
  }, []);
  return (
    <OpenDetailsContext value={openDetails}>
      {children}
      {/* The row stays set while the drawer slides out, so its content doesn't vanish mid-transition. */}
      {row && <MemberDrawer row={row} open={open} onClose={() => setOpen(false)} />}
    </OpenDetailsContext>
  );
}

/** Null outside a provider: callers then offer no details rather than a button that does nothing. */
export function useOpenMemberDetails(): OpenDetails | null {
  return useContext(OpenDetailsContext);
}
