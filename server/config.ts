import { z } from 'zod';
import { MAX_USER_IDS } from '../contract/lookup';
import { oidcEnvShape, oidcSettings } from './auth/oidc/oidc-settings';
import { DEMO_APPS, DEMO_CREDENTIALS } from './demo/demo-constants';

const positiveInt = (fallback: number, max: number) =>
  z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(max, `must be at most ${max}`)
    .default(fallback);

const appList = z
  .string()
  .transform((raw, ctx) => {
    const apps = raw
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map((entry) => {
        const [id = '', ...label] = entry.split(':');
        return { id: id.trim(), label: label.join(':').trim() || id.trim() };
      });
    const bad = apps.find((app) => !/^[1-9][0-9]{0,18}$/.test(app.id));
    if (apps.length === 0 || bad) {
      ctx.addIssue({
        code: 'custom',
        message: `expected "123456:Label,654321" (bad entry: ${bad?.id ?? 'none given'})`,
      });
      return z.NEVER;
    }
    return apps;
  })
  .optional();

const qpsByAction = z
  .string()
  .transform((raw, ctx) => {
    const entries = raw
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map((entry) => entry.split('=').map((part) => part.trim()));
    const bad = entries.find(
      ([action = '', qps = ''], _i) => !/^[A-Za-z]+$/.test(action) || !/^[1-9][0-9]{0,4}$/.test(qps),
    );
    if (bad) {
      ctx.addIssue({ code: 'custom', message: `expected "Action=QPS,…" (bad entry: ${bad.join('=')})` });
      return z.NEVER;
    }
    return Object.fromEntries(entries.map(([action = '', qps = '']) => [action, Number(qps)]));
  })
  .default({});
const ORIGIN_HINT = 'must be an http(s) origin without a path, like https://console.example.com';
/** The URL operators open behind a proxy, kept as an origin string (scheme, host and any port). */
const publicOrigin = z
  .url({ protocol: /^https?$/, error: ORIGIN_HINT })
  .transform((raw, ctx) => {
    const url = new URL(raw);
    if (url.pathname !== '/' || url.username || url.password || /[?#]/.test(raw)) {
      ctx.addIssue({ code: 'custom', message: ORIGIN_HINT });
      return z.NEVER;
    }
    return url.origin;
  })
  .optional();

const envSchema = z.object({
  VOLC_ACCESSKEY: z.string().trim().optional(),
  VOLC_SECRETKEY: z.string().trim().optional(),
  VOLC_SESSION_TOKEN: z.string().trim().optional(),
  VOLC_REGION: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]+$/, 'must look like cn-north-1')
    .default('cn-north-1'),
  VOLC_ENDPOINT: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .default('https://rtc.volcengineapi.com'),
  IM_APP_IDS: appList,
  VOLC_QPS: positiveInt(100, 10_000),
  // Volcengine budgets each action separately: "ScanConversationParticipantList=50,BatchGetConversations=20".
  VOLC_QPS_BY_ACTION: qpsByAction,
  IM_BATCH_SIZE: positiveInt(100, 1000),
  IM_SCAN_LIMIT: positiveInt(100, 10_000),
  IM_MAX_USER_IDS: positiveInt(50_000, MAX_USER_IDS),
  VOLC_TIMEOUT_MS: positiveInt(10_000, 120_000),
  // A gateway answer past this many bytes is cut off and its batch reported as not checked (ResponseTooLarge).
  UPSTREAM_MAX_BYTES: positiveInt(8 * 1024 * 1024, 1024 * 1024 * 1024),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  EMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  EMULATOR_CONTROL: z.enum(['0', '1', 'true', 'false']).default('0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  ADMIN_USERNAME: z.string().trim().optional(),
  ADMIN_PASSWORD: z.string().optional(),
  COOKIE_SECURE: z.enum(['true', 'false', '1', '0']).optional(),
  SESSION_IDLE_SECONDS: positiveInt(30 * 60, 7 * 24 * 3600),
  SESSION_MAX_SECONDS: positiveInt(12 * 3600, 30 * 24 * 3600),
  LOOKUP_REASON: z.enum(['required', 'optional'], { error: 'must be "required" or "optional"' }).default('optional'),
  SAVED_LOOKUP_DAYS: positiveInt(30, 3650),
  AUDIT_RETENTION_DAYS: positiveInt(0, 36500).optional(),
  // Which proxies may set X-Forwarded-For, in Express's trust-proxy syntax. Off by default: the console
  // listens on loopback, so trusting loopback would let any local client pick its own audited IP.
  TRUST_PROXY: z.string().trim().default('false'),
  // Operators, sessions and the audit trail in PostgreSQL instead of the SQLite file, for several replicas.
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional(),
  // Shared state for several replicas: the upstream budget and the sign-in limits.
  // Prometheus metrics: /metrics on the main port for a bearer token, and/or a port of their own.
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  SHUTDOWN_GRACE_SECONDS: positiveInt(25, 3600),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
  REDIS_PREFIX: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9:_-]{1,64}$/, 'must be 1–64 letters, digits, : _ or -')
    .default('imc:'),
  SQLITE_SYNCHRONOUS: z.enum(['normal', 'full'], { error: 'must be "normal" or "full"' }).default('normal'),
  PUBLIC_ORIGIN: publicOrigin,
  ...oidcEnvShape,
});

export type AppConfig = ReturnType<typeof loadConfig>;

/** Express takes booleans and hop counts as values, not strings: "true" would be read as an address. */
function parseTrustProxy(text: string): boolean | number | string {
  if (text === 'true' || text === 'false') return text === 'true';
  return /^\d+$/.test(text) ? Number(text) : text;
}

export class ConfigError extends Error {}

/** Reads the environment once. Empty strings count as unset, so `VOLC_ACCESSKEY=` means demo mode. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      `Invalid configuration: ${String(issue?.path[0] ?? 'environment')} ${issue?.message ?? ''}`.trim(),
    );
  }
  const e = parsed.data;
  const demo = !e.VOLC_ACCESSKEY;
  if (!demo && !e.VOLC_SECRETKEY)
    throw new ConfigError('Invalid configuration: VOLC_SECRETKEY is required when VOLC_ACCESSKEY is set');
  if (!demo && !e.IM_APP_IDS)
    throw new ConfigError('Invalid configuration: IM_APP_IDS is required when VOLC_ACCESSKEY is set');
  if (!!e.ADMIN_USERNAME !== !!e.ADMIN_PASSWORD) {
    throw new ConfigError('Invalid configuration: ADMIN_USERNAME and ADMIN_PASSWORD go together; set both or neither');
  }
  const apps = e.IM_APP_IDS ?? (demo ? DEMO_APPS : []);
  const oidc = oidcSettings(
    e,
    e.PUBLIC_ORIGIN ?? null,
    apps.map((a) => a.id),
  );
  if (oidc.problem) throw new ConfigError(`Invalid configuration: ${oidc.problem}`);
  return {
    demo,
    credentials: demo
      ? DEMO_CREDENTIALS
      : { accessKeyId: e.VOLC_ACCESSKEY ?? '', secretKey: e.VOLC_SECRETKEY ?? '', sessionToken: e.VOLC_SESSION_TOKEN },
    region: e.VOLC_REGION,
    // In demo mode the endpoint is the embedded emulator's, known only once it listens.
    endpoint: demo ? null : e.VOLC_ENDPOINT,
    apps,
    qps: e.VOLC_QPS,
    qpsByAction: e.VOLC_QPS_BY_ACTION,
    scanLimit: e.IM_SCAN_LIMIT,
    maxUserIds: e.IM_MAX_USER_IDS,
    batchSize: e.IM_BATCH_SIZE,
    timeoutMs: e.VOLC_TIMEOUT_MS,
    upstreamMaxBytes: e.UPSTREAM_MAX_BYTES,
    port: e.PORT,
    host: e.HOST,
    emulatorPort: e.EMULATOR_PORT,
    emulatorControl: e.EMULATOR_CONTROL === '1' || e.EMULATOR_CONTROL === 'true',
    logLevel: e.LOG_LEVEL,
    dataDir: e.DATA_DIR,
    firstAdmin:
      e.ADMIN_USERNAME && e.ADMIN_PASSWORD ? { username: e.ADMIN_USERNAME, password: e.ADMIN_PASSWORD } : null,
    cookieSecure: e.COOKIE_SECURE === 'true' || e.COOKIE_SECURE === '1',
    sessionIdleMs: e.SESSION_IDLE_SECONDS * 1000,
    sessionMaxMs: e.SESSION_MAX_SECONDS * 1000,
    reasonRequired: e.LOOKUP_REASON === 'required',
    savedLookupMs: e.SAVED_LOOKUP_DAYS * 24 * 3600 * 1000,
    auditRetentionDays: e.AUDIT_RETENTION_DAYS ?? null,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    sqliteSynchronous: e.SQLITE_SYNCHRONOUS,
    redisUrl: e.REDIS_URL ?? null,
    databaseUrl: e.DATABASE_URL ?? null,
    metricsToken: e.METRICS_TOKEN ?? null,
    metricsPort: e.METRICS_PORT ?? null,
    shutdownGraceMs: e.SHUTDOWN_GRACE_SECONDS * 1000,
    redisPrefix: e.REDIS_PREFIX,
    publicOrigin: e.PUBLIC_ORIGIN ?? null,
    /** Single sign-on with OpenID Connect; null when OIDC_ISSUER is unset. */
    oidc: oidc.settings,
  };
}
