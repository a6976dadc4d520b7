import { useTheme } from '@mui/material/styles';
import type { GridLocaleText } from '@mui/x-data-grid';
import { useMemo } from 'react';

interface GridThemeComponents {
  MuiDataGrid?: { defaultProps?: { localeText?: Partial<GridLocaleText> } };
}

/**
 * A grid's own texts with a few of ours on top. The theme carries the grid's texts in the operator's language, but
 * a `localeText` prop replaces them wholesale rather than merging, so this merges them first.
 */
export function useGridLocaleText(overrides: Partial<GridLocaleText>): Partial<GridLocaleText> {
  const theme = useTheme();
  const fromTheme = (theme.components as GridThemeComponents | undefined)?.MuiDataGrid?.defaultProps?.localeText;
  const key = JSON.stringify(overrides);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the overrides are compared by value, through `key`
  return useMemo(() => ({ ...fromTheme, ...overrides }), [fromTheme, key]);
}
