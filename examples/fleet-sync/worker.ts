/**
 * One fleet worker: a BullMQ worker that syncs one athlete per job (Strava and WHOOP activities
 * of the last days), on tokens in PostgreSQL and app-wide rate budgets in Redis. Started by
 * `index.ts`; not meant to be run alone.
 */
import { AuthError } from '@fitlink/core';
import { createStravaApp, createStravaClient, createStravaRateLimitPolicy } from '@fitlink/strava';
import { SANDBOX_CLIENT, SANDBOX_REDIRECT_URI } from '@fitlink/testing';
import { SANDBOX_ORIGIN_HEADER } from '@fitlink/testing/node';
import { createWhoopApp, createWhoopClient, createWhoopRateLimitPolicy } from '@fitlink/whoop';
import { Worker } from 'bullmq';
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
import { fleetStores } from './stores.js';

const config = JSON.parse(process.env[CONFIG_VARIABLE] ?? '{}') as FleetConfig;
const names = namesOf(config);
const victim = process.env.FITLINK_FLEET_VICTIM === '1';
const send = (message: WorkerMessage) => process.send?.(message);

const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 4 });
const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
const { tokens, budgets } = fleetStores(config, pool, redis);

let finished = 0;
let killSignalled = false;
const hosts = new Set(config.sandboxHosts);
/** Sends sandbox URLs to the loopback server; the victim stalls in its first refresh after its first job. */
const sandboxFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const url = new URL(request.url);
  if (!hosts.has(url.host)) return fetch(request);
  const isTokenRequest = request.method === 'POST' && url.pathname.endsWith('/token');
  if (victim && isTokenRequest && finished >= 1 && !killSignalled) {
    // Lease taken, token request about to go out: the coordinator kills this process now.
    killSignalled = true;
    send({ type: 'refresh-started', pid: process.pid });
    await new Promise(() => {});
  }
  const headers = new Headers(request.headers);
  headers.set(SANDBOX_ORIGIN_HEADER, url.origin);
  const body = request.body === null ? undefined : await request.arrayBuffer();
  const response = await fetch(new URL(`${url.pathname}${url.search}`, config.sandboxUrl), {
    method: request.method,
    headers,
    ...(body ? { body } : {}),
    redirect: 'manual',
  });
  Object.defineProperty(response, 'url', { value: url.href });
  return response;
};

const app = {
  clientId: SANDBOX_CLIENT.clientId,
  clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
  redirectUri: SANDBOX_REDIRECT_URI,
  fetch: sandboxFetch,
};
// Budgets are per application: every worker names the same one.
const stravaApp = createStravaApp(app);
const stravaPolicy = createStravaRateLimitPolicy({
  shared: { store: budgets, budget: `strava:${app.clientId}` },
});
const whoopApp = createWhoopApp({
  ...app,
  rateLimitPolicy: createWhoopRateLimitPolicy({
    shared: { store: budgets, budget: `whoop:${app.clientId}` },
  }),
});

async function sync({ athlete }: SyncJob): Promise<number> {
  const since = new Date(Date.now() - 3 * 86_400_000);
  let items = 0;
  const strava = createStravaClient({
    app: stravaApp,
    store: tokens,
    key: `strava:${athlete}`,
    fetch: sandboxFetch,
    rateLimitPolicy: stravaPolicy,
  });
  for await (const _ of strava.listActivities({ since })) items++;
  const whoop = createWhoopClient({
    app: whoopApp,
    store: tokens,
    key: `whoop:${athlete}`,
    fetch: sandboxFetch,
  });
  for await (const _ of whoop.listActivities({ since })) items++;
  return items;
}

const worker = new Worker<SyncJob>(
  names.queue,
  async (job) => {
    const start = Date.now();
    try {
      const items = await sync(job.data);
      const record: JobRecord = { ...job.data, start, end: Date.now(), pid: process.pid, items };
      await redis.rpush(names.done, JSON.stringify(record));
      finished++;
    } catch (error) {
      const code = error instanceof AuthError ? error.code : 'other';
      await redis.hincrby(names.counters, `error:${code}`, 1);
      if (process.env.FLEET_DEBUG)
        console.error(`[${process.pid}] ${job.id}: ${code} ${(error as Error).message}`);
      throw error;
    }
  },
  {
    connection: new Redis(config.redisUrl, { maxRetriesPerRequest: null }),
    prefix: names.bullPrefix,
    // The victim runs one job at a time, so its only refresh in flight is the one it is killed in
    // (before the token request goes out). A kill after the provider answered and before the
    // new tokens are stored is the window no client can close (docs/running-on-many-workers.md).
    concurrency: victim ? 1 : 2,
    // A killed worker's job is taken back after its lock expires, by another worker.
    lockDuration: 4_000,
    stalledInterval: 1_000,
    maxStalledCount: 2,
  },
);
worker.on('ready', () => send({ type: 'ready' }));

process.on('SIGTERM', async () => {
  await worker.close();
  await pool.end();
  redis.disconnect();
  process.exit(0);
});
