import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

interface GridFrameProps {
  /** Rows on the page; above `scrollAfter` the grid scrolls inside the frame. */
  rowCount: number;
  scrollAfter: number;
  children: ReactNode;
}

/**
 * Holds a data grid: a flex parent lets short results take their natural height, while long ones scroll
 * inside the grid, which keeps its toolbar and column headers in view.
 */
export function GridFrame({ rowCount, scrollAfter, children }: GridFrameProps) {
  return (
    <Box
      sx={{
        display: 'flex',
        flexDirection: 'column',
        // Below the one-row top bar (56–64 px) with a margin, so the column headers never slide under it.
        maxHeight: rowCount > scrollAfter ? 'max(320px, calc(100dvh - 88px))' : undefined,
      }}
    >
      {children}
    </Box>
  );
}
