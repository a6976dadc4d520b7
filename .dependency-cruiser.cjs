/**
 * Import rules that keep the boundaries the code is organised by. `npm run lint` fails on any of them.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make load order matter and hide which module owns what.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'client-feature-isolation',
      severity: 'error',
      comment: 'A client feature must not import another feature; share through client/components, lib or app.',
      from: { path: '^client/features/([^/]+)/' },
      to: { path: '^client/features/', pathNot: '^client/features/$1/' },
    },
    {
      name: 'client-flows-one-way',
      severity: 'error',
      comment: 'Shared client code (components, lib) must not reach into features or the app shell.',
      from: { path: '^client/(components|lib)/' },
      to: { path: '^client/(features|app)/' },
    },
    {
      name: 'client-not-server',
      severity: 'error',
      comment: 'The browser bundle must never carry server code; share through contract/.',
      from: { path: '^client/' },
      to: { path: '^(server|scripts|bench)/' },
    },
    {
      name: 'contract-stands-alone',
      severity: 'error',
      comment: 'The contract is imported by both sides, so it imports neither.',
      from: { path: '^contract/' },
      to: { path: '^(server|client)/' },
    },
    {
      name: 'startup-contract-without-zod',
      severity: 'error',
      comment:
        'These contract files load with the sign-in page; a zod import here brings all of zod (~7 kB compressed) ' +
        'into the first download. Put schemas in a file of their own (errors.ts, preferences-patch.ts).',
      from: { path: '^contract/(error-codes|preferences|sign-in-options)\\.ts$' },
      to: { path: '(^|/)node_modules/zod/' },
    },
    {
      name: 'production-not-test-code',
      severity: 'error',
      comment:
        'Server production code must not import the emulator, test helpers or benchmarks. index.ts may load the ' +
        'emulator with a dynamic import, in demo mode only, which keeps it out of the production bundle.',
      from: { path: '^server/', pathNot: ['^server/(emulator|testing)/', '\\.test\\.ts$'] },
      to: { path: '^(server/(emulator|testing)|bench)/', dependencyTypesNot: ['dynamic-import'] },
    },
    {
      name: 'emulator-only-from-index',
      severity: 'error',
      comment: 'Only the entry point may start the emulator, and only on demand.',
      from: { path: '^server/', pathNot: ['^server/index\\.ts$', '^server/(emulator|testing)/', '\\.test\\.ts$'] },
      to: { path: '^server/emulator/' },
    },
    {
      name: 'server-features-not-mutual',
      severity: 'error',
      comment: 'auth uses operators and audit; operators and audit never use auth. Shared pieces live in http/.',
      from: { path: '^server/(operators|audit)/' },
      to: { path: '^server/auth/' },
    },
    {
      name: 'operators-not-participants',
      severity: 'error',
      comment: 'Features below the composition root (services.ts) do not import each other sideways.',
      from: { path: '^server/(operators|audit|participants)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^server/(participants|operators)/', pathNot: '^server/$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.server.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
