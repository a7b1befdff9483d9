/**
 * Fleet sync: N worker processes on BullMQ (Redis) sync M athletes from the Strava and WHOOP
 * sandboxes on 127.0.0.1. Tokens live encrypted in PostgreSQL (`@fitlink/postgres`: versioned
 * writes and refresh leases), the app-wide rate budgets in Redis (`@fitlink/redis`). Access
 * tokens expire every few seconds, refresh tokens rotate with reuse detection turned on (a
 * retired refresh token presented again revokes the grant), and one worker is killed with
 * SIGKILL in the middle of a refresh (lease taken, token request about to go out). Per-athlete
 * jobs are chained (the next round is queued, 1.5 s later, when the previous one completed), so
 * they never run twice at once, and the run spans more than one token lifetime.
 *
 * Ends with one line of measured figures and exits 1 if any of the zero figures is not zero.
 * Needs PostgreSQL (database `test`) and Redis on 127.0.0.1 (`scripts/ci-services.sh` starts
 * them). Run: `pnpm example fleet-sync` (sandbox only; the real APIs are not used).
 *
 * Sized to stay inside Strava's default read budget (100 per 15 minutes, shared by the whole
 * app): 8 athletes × 5 rounds × 2 Strava reads, plus one check per connection at the end.
 *
 * Environment: FLEET_WORKERS (4), FLEET_ATHLETES (8), FLEET_ROUNDS (5), FLEET_TOKEN_STORE
 * (`postgres`, or `redis` for tokens and leases in Redis too), DATABASE_URL,
 * REDIS_URL.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateTokenKey } from '@fitlink/core';
import { migratePostgres } from '@fitlink/postgres';
import { createStravaApp, createStravaClient, createStravaRateLimitPolicy } from '@fitlink/strava';
import { stravaSandboxPlugin } from '@fitlink/strava/testing';
import { createSandbox, SANDBOX_CLIENT, SANDBOX_REDIRECT_URI } from '@fitlink/testing';
import { startSandboxServer } from '@fitlink/testing/node';
import { createWhoopApp, createWhoopClient, createWhoopRateLimitPolicy } from '@fitlink/whoop';
import { whoopSandboxPlugin } from '@fitlink/whoop/testing';
import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import {
  CONFIG_VARIABLE,
  type FleetConfig,
  type JobRecord,
  namesOf,
  type SyncJob,
  type WorkerMessage,
} from './config.js';
import { countDuplicates } from './figures.js';
import { fleetStores } from './stores.js';

const int = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const workers = int('FLEET_WORKERS', 4);
const athletes = int('FLEET_ATHLETES', 8);
const rounds = int('FLEET_ROUNDS', 5);
const TOKEN_TTL_SECONDS = 4;
const DEADLINE_MS = 50_000;
const ROUND_GAP_MS = 1_500;

const strava = stravaSandboxPlugin();
const whoop = whoopSandboxPlugin();
const sandbox = createSandbox({ providers: [strava, whoop] });
for (const auth of [strava.auth, whoop.auth]) {
  auth.knobs.accessTokenTtlSeconds = TOKEN_TTL_SECONDS;
  auth.knobs.revokeGrantOnRefreshTokenReuse = true;
}
const server = await startSandboxServer(sandbox);

const config: FleetConfig = {
  runId: `fleet${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`,
  sandboxUrl: server.url,
  sandboxHosts: [...sandbox.hosts],
  databaseUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  tokenKey: generateTokenKey(),
  leaseTtlMs: 2_000,
  tokenStore: process.env.FLEET_TOKEN_STORE === 'redis' ? 'redis' : 'postgres',
  rounds,
};
const names = namesOf(config);
console.log(
  `fleet-sync — ${workers} workers, ${athletes} athletes × ${rounds} rounds, sandbox on ${server.url}, tokens (encrypted) and leases in ${config.tokenStore === 'redis' ? 'Redis' : 'PostgreSQL'}, budgets in Redis, tokens expire every ${TOKEN_TTL_SECONDS} s, refresh-token reuse detection on`,
);

const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 4 });
const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
const queue = new Queue<SyncJob>(names.queue, { connection: redis, prefix: names.bullPrefix });
const events = new QueueEvents(names.queue, {
  connection: new Redis(config.redisUrl, { maxRetriesPerRequest: null }),
  prefix: names.bullPrefix,
});
const children: ChildProcess[] = [];
let exitCode = 1;

try {
  await migratePostgres(pool, { tablePrefix: names.tablePrefix });
  const { tokens, budgets } = fleetStores(config, pool, redis);

  // Connect every athlete to both providers (the sandbox seeds the grants).
  const athleteIds = Array.from({ length: athletes }, (_, i) => `athlete-${i + 1}`);
  for (const athlete of athleteIds) {
    for (const [provider, auth, scope] of [
      ['strava', strava.auth, ['read', 'activity:read_all']],
      ['whoop', whoop.auth, ['offline', 'read:workout', 'read:profile', 'read:body_measurement']],
    ] as const) {
      const issued = auth.issueTokens({ scope });
      await tokens.set(`${provider}:${athlete}`, {
        accessToken: issued.accessToken,
        ...(issued.refreshToken ? { refreshToken: issued.refreshToken } : {}),
        tokenType: 'bearer',
        expiresAt: issued.expiresAt,
        obtainedAt: Date.now(),
        scope: [...issued.scope],
      });
    }
  }

  // Start the workers; the second one is killed in the middle of a refresh.
  const workerFile = fileURLToPath(new URL('./worker.ts', import.meta.url));
  let killed: { pid: number; at: number } | undefined;
  const ready: Promise<void>[] = [];
  for (let i = 0; i < workers; i++) {
    const child = fork(workerFile, [], {
      execArgv: ['--import', 'tsx', '--conditions=source'],
      env: {
        ...process.env,
        [CONFIG_VARIABLE]: JSON.stringify(config),
        FITLINK_FLEET_VICTIM: i === 1 ? '1' : '0',
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.push(child);
    ready.push(
      new Promise((resolve) => {
        child.on('message', (message: WorkerMessage) => {
          if (message.type === 'ready') resolve();
          if (message.type === 'refresh-started' && killed === undefined) {
            child.kill('SIGKILL');
            killed = { pid: message.pid, at: Date.now() };
            console.log(
              `  worker ${message.pid} killed with SIGKILL while holding a refresh lease`,
            );
          }
        });
      }),
    );
  }
  await Promise.all(ready);
  const started = Date.now();

  // Chain each athlete's rounds: the next is queued when the previous completed.
  events.on('completed', ({ jobId }) => {
    const match = /^(.+)-r(\d+)$/.exec(jobId);
    if (!match?.[1]) return;
    const round = Number(match[2]) + 1;
    if (round < rounds) {
      const data = { athlete: match[1], round };
      // Rounds are paced, so the run spans more than one token lifetime.
      const options = { jobId: `${data.athlete}-r${round}`, attempts: 3, delay: ROUND_GAP_MS };
      void queue.add('sync', data, options);
    }
  });
  await events.waitUntilReady();
  for (const athlete of athleteIds) {
    await queue.add('sync', { athlete, round: 0 }, { jobId: `${athlete}-r0`, attempts: 3 });
  }

  const expected = athletes * rounds;
  const readRecords = async (): Promise<JobRecord[]> =>
    (await redis.lrange(names.done, 0, -1)).map((line) => JSON.parse(line) as JobRecord);
  let records = await readRecords();
  while (Date.now() - started < DEADLINE_MS) {
    const distinct = new Set(records.map((record) => `${record.athlete}/${record.round}`));
    if (distinct.size >= expected) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
    records = await readRecords();
  }
  const elapsed = Date.now() - started;

  // Every connection must still work: one call each, from a fresh process-side client.
  const apps = {
    clientId: SANDBOX_CLIENT.clientId,
    clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
    redirectUri: SANDBOX_REDIRECT_URI,
    fetch: server.fetch,
  };
  const stravaApp = createStravaApp(apps);
  const stravaPolicy = createStravaRateLimitPolicy({
    shared: { store: budgets, budget: `strava:${apps.clientId}` },
  });
  const whoopApp = createWhoopApp({
    ...apps,
    rateLimitPolicy: createWhoopRateLimitPolicy({
      shared: { store: budgets, budget: `whoop:${apps.clientId}` },
    }),
  });
  let revoked = 0;
  for (const athlete of athleteIds) {
    const checks = [
      () =>
        createStravaClient({
          app: stravaApp,
          store: tokens,
          key: `strava:${athlete}`,
          fetch: server.fetch,
          rateLimitPolicy: stravaPolicy,
        }).getProfile(),
      () =>
        createWhoopClient({
          app: whoopApp,
          store: tokens,
          key: `whoop:${athlete}`,
          fetch: server.fetch,
        }).getProfile(),
    ];
    for (const check of checks) {
      await check().catch((error: unknown) => {
        revoked++;
        console.error(`  ${athlete}: ${(error as Error).message}`);
      });
    }
  }

  const counters = await redis.hgetall(names.counters);
  const auths = [strava.auth, whoop.auth];
  const figures = {
    workers,
    athletes,
    jobs: records.length,
    refreshes: auths.reduce((sum, auth) => sum + auth.stats.refreshRequests, 0),
    invalid_grant:
      auths.reduce((sum, auth) => sum + auth.stats.invalidGrantCount, 0) +
      Number(counters['error:invalid_grant'] ?? 0),
    revoked: revoked + auths.reduce((sum, auth) => sum + auth.stats.refreshTokenReuseCount, 0),
    lost: expected - new Set(records.map((record) => `${record.athlete}/${record.round}`)).size,
    duplicated: countDuplicates(records),
    http429: strava.stats.rateLimited + whoop.stats.rateLimited,
    budget_overshoot: [strava.knobs.rateLimit, whoop.knobs.rateLimit]
      .flatMap((budget) => budget.state())
      .reduce((sum, window) => sum + Math.max(0, window.used - window.limit), 0),
  };
  const zero = [
    'invalid_grant',
    'revoked',
    'lost',
    'duplicated',
    'http429',
    'budget_overshoot',
  ] as const;
  console.log(
    `  ${elapsed} ms; ${killed ? `worker ${killed.pid} killed mid-refresh` : 'no worker was killed (no refresh reached the victim)'}; ${strava.stats.requests + whoop.stats.requests} API requests; lease TTL ${config.leaseTtlMs} ms`,
  );
  console.log(
    Object.entries(figures)
      .map(([name, value]) => `${name}=${value}`)
      .join(' '),
  );
  exitCode = zero.every((name) => figures[name] === 0) && killed !== undefined ? 0 : 1;
} finally {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) resolve();
          else child.once('exit', () => resolve());
        }),
    ),
  );
  await events.close();
  await queue.obliterate({ force: true }).catch(() => undefined);
  await queue.close();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${config.runId}:*`, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
  const t = names.tablePrefix;
  await pool.query(`
    DROP FUNCTION IF EXISTS "public"."${t}take_budget"(text, text[], bigint[], bigint[], bigint[]);
    DROP TABLE IF EXISTS "public"."${t}tokens", "public"."${t}leases", "public"."${t}rate_budgets";
    DROP SEQUENCE IF EXISTS "public"."${t}token_versions";`);
  await pool.end();
  redis.disconnect();
  await server.close();
}
process.exit(exitCode);
