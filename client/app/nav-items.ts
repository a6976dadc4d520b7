/** The console's pages, in the order the top bar lists them. */
export const NAV_ITEMS = [
  { to: '/', label: 'nav.lookup', adminOnly: false },
  { to: '/recent', label: 'nav.recent', adminOnly: false },
  { to: '/audit', label: 'nav.audit', adminOnly: true },
  { to: '/operators', label: 'nav.operators', adminOnly: true },
] as const;

export type NavItem = (typeof NAV_ITEMS)[number];
