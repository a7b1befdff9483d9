/**
 * What the coordinator hands its workers (through the environment), and the names both sides
 * derive from it.
 */
export interface FleetConfig {
  /** Namespace of this run: the BullMQ prefix, the Redis key prefix and the table prefix. */
  readonly runId: string;
  /** The sandbox server's URL (`http://127.0.0.1:<port>`). */
  readonly sandboxUrl: string;
  /** Hosts the sandbox answers for (api.strava.com, api.prod.whoop.com …). */
  readonly sandboxHosts: readonly string[];
  /** PostgreSQL, where the (encrypted) tokens live. */
  readonly databaseUrl: string;
  /** Redis, for BullMQ and the shared rate budgets. */
  readonly redisUrl: string;
  /** The token encryption key (base64), kept outside the database. */
  readonly tokenKey: string;
  /** Refresh lease TTL, ms: how long a killed holder can delay a connection's refresh. */
  readonly leaseTtlMs: number;
  /** Where tokens and leases live: PostgreSQL (default) or Redis. */
  readonly tokenStore: 'postgres' | 'redis';
  /** Sync rounds per athlete. */
  readonly rounds: number;
}

/** The environment variable carrying the config to a worker. */
export const CONFIG_VARIABLE = 'FITLINK_FLEET_CONFIG';

/** Names derived from the run id. */
export function namesOf(config: FleetConfig) {
  return {
    queue: 'sync',
    bullPrefix: `${config.runId}:bull`,
    keyPrefix: `${config.runId}:`,
    tablePrefix: `${config.runId.replaceAll(/[^a-z0-9]/g, '_')}_`,
    done: `${config.runId}:done`,
    counters: `${config.runId}:counters`,
  };
}

/** One finished job, as a worker records it. */
export interface JobRecord {
  readonly athlete: string;
  readonly round: number;
  readonly start: number;
  readonly end: number;
  readonly pid: number;
  readonly items: number;
}

/** The job's payload. */
export interface SyncJob {
  readonly athlete: string;
  readonly round: number;
}

/** Messages from a worker to the coordinator. */
export type WorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'refresh-started'; readonly pid: number };
