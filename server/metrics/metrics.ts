import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The console's Prometheus metrics, in a registry of its own (tests start several consoles in one process). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'imc_' });
  const upstreamCalls = new Counter({
    name: 'imc_upstream_calls_total',
    help: 'Calls to Volcengine by action and outcome (ok, or our error code)',
    labelNames: ['action', 'outcome'],
    registers: [registry],
  });
  const upstreamLatency = new Histogram({
    name: 'imc_upstream_call_duration_seconds',
    help: 'Time from sending a call to having read its answer',
    labelNames: ['action'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const throttles = new Counter({
    name: 'imc_upstream_throttles_total',
    help: 'Calls Volcengine refused with FlowLimitExceeded',
    labelNames: ['action'],
    registers: [registry],
  });
  const limiterWait = new Histogram({
    name: 'imc_limiter_wait_seconds',
    help: 'Time a call waited for a slot in the upstream budget',
    labelNames: ['action'],
    buckets: [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
    registers: [registry],
  });
  let queues: () => Iterable<[string, number]> = () => [];
  new Gauge({
    name: 'imc_limiter_queue_depth',
    help: 'Calls waiting for a slot in the upstream budget',
    labelNames: ['action'],
    registers: [registry],
    // Read when Prometheus scrapes, not kept up to date on every call.
    collect() {
      this.reset();
      for (const [action, depth] of queues()) this.set({ action }, depth);
    },
  });
  const lookups = new Counter({
    name: 'imc_lookups_total',
    help: 'Lookup jobs by mode (lookup, browse) and outcome',
    labelNames: ['mode', 'outcome'],
    registers: [registry],
  });
  const signIns = new Counter({
    name: 'imc_sign_ins_total',
    help: 'Sign-in attempts by outcome',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const auditWrites = new Histogram({
    name: 'imc_audit_write_duration_seconds',
    help: 'Time to commit one audit record',
    buckets: [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5],
    registers: [registry],
  });
  return {
    registry,
    upstreamCall(action: string, outcome: string, seconds: number) {
      upstreamCalls.inc({ action, outcome });
      upstreamLatency.observe({ action }, seconds);
      if (outcome === 'upstream_throttled') throttles.inc({ action });
    },
    limiterWait: (action: string, seconds: number) => limiterWait.observe({ action }, seconds),
    /** Where the queue depths come from, read at scrape time. */
    watchQueues(depths: () => Iterable<[string, number]>) {
      queues = depths;
    },
    lookup: (mode: string, outcome: string) => lookups.inc({ mode, outcome }),
    signIn: (outcome: string) => signIns.inc({ outcome }),
    auditWrite: (seconds: number) => auditWrites.observe(seconds),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
