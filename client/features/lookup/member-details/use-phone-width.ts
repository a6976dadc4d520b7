import useMediaQuery from '@mui/material/useMediaQuery';

/** 600 px and narrower: results become cards and the detail drawer takes the whole screen. */
export const PHONE_WIDTH_QUERY = '(max-width:600px)';

export function usePhoneWidth(): boolean {
  // noSsr: the first render already knows the width, so a phone never flashes the grid first.
  return useMediaQuery(PHONE_WIDTH_QUERY, { noSsr: true });
}
