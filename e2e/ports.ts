/**
 * Ports of this e2e run. Chosen once per run, at random, by the first process that loads the config; Playwright's
 * workers inherit the environment, so every process agrees. Two runs side by side never share a port. They stay
 * below 32768, where Linux's ephemeral ports begin: an outgoing connection (to PostgreSQL, say) once held one of
 * ours and the run failed with EADDRINUSE.
 */
process.env.E2E_BASE_PORT ??= String(20_000 + Math.floor(Math.random() * 1_500) * 8);
const base = Number(process.env.E2E_BASE_PORT);

export const PORTS = {
  /** The console every spec uses. */
  console: base,
  emulator: base + 1,
  /** A second console that insists on a lookup reason, served on localhost so its cookie stays apart. */
  reasonConsole: base + 2,
  reasonEmulator: base + 3,
  /** A console with single sign-on, its emulator and the test OpenID provider it trusts. */
  ssoConsole: base + 4,
  ssoEmulator: base + 5,
  ssoProvider: base + 6,
};
