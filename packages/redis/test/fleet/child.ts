/**
 * A worker process of the fleet tests: `calls` runs N calls through core's token manager on
 * the Redis store (ioredis); `hold-lease` takes a connection's lease and waits to be killed;
 * `budget` takes from a shared budget for a while and reports what it was granted.
 */
import {
  createMemoryRateBudgetStore,
  createSingleFlight,
  createTokenManager,
  type RateBudgetStore,
  systemClock,
  type TokenRefresher,
  type TokenSet,
  type TokenStore,
  windowStartOf,
} from '@fitlink/core';
import { Redis } from 'ioredis';
import { createRedisRateBudgetStore, createRedisTokenStore } from '../../src/index.js';

const [mode = '', configJson = '{}'] = process.argv.slice(2);
const config = JSON.parse(configJson) as {
  redisUrl: string;
  keyPrefix: string;
  serverUrl: string;
  key: string;
  calls: number;
  leaseTtlMs: number;
  budgetLimit: number;
  budgetWindowMs: number;
  budgetRunMs: number;
};
const redis = new Redis(config.redisUrl);
const store: TokenStore = createRedisTokenStore({ client: redis, keyPrefix: config.keyPrefix });
const budgets: RateBudgetStore =
  mode === 'budget'
    ? createRedisRateBudgetStore({ client: redis, keyPrefix: config.keyPrefix })
    : createMemoryRateBudgetStore();

const refresher: TokenRefresher = {
  provider: 'test',
  singleFlight: createSingleFlight(),
  async refresh(tokens: TokenSet, options) {
    const response = await fetch(`${config.serverUrl}/token`, {
      method: 'POST',
      body: new URLSearchParams({ refresh_token: tokens.refreshToken ?? '' }),
      ...(options?.signal ? { signal: options.signal } : {}),
    });
    if (!response.ok) throw new Error(`refresh refused: ${response.status}`);
    const next = (await response.json()) as TokenSet;
    return { ...next, obtainedAt: Date.now() };
  },
};

async function calls(): Promise<unknown> {
  const manager = createTokenManager({
    store,
    key: config.key,
    refresher,
    provider: 'test',
    clock: systemClock,
    leaseTtlMs: config.leaseTtlMs,
  });
  let ok = 0;
  let failed = 0;
  const errors: string[] = [];
  for (let i = 0; i < config.calls; i++) {
    try {
      const { accessToken } = await manager.current();
      const response = await fetch(`${config.serverUrl}/me`, {
        headers: { authorization: `Bearer ${accessToken}` },
      });
      if (response.ok) ok++;
      else failed++;
      await response.arrayBuffer();
    } catch (error) {
      failed++;
      if (errors.length < 3) errors.push((error as Error).message);
    }
  }
  return { ok, failed, errors };
}

async function refreshOnce(): Promise<unknown> {
  const manager = createTokenManager({
    store,
    key: config.key,
    refresher,
    provider: 'test',
    clock: systemClock,
    leaseTtlMs: config.leaseTtlMs,
  });
  const { accessToken } = await manager.current();
  return { accessToken };
}

async function holdLease(): Promise<never> {
  const lease = await store.acquireLease?.(config.key, { ttlMs: config.leaseTtlMs });
  process.send?.({ held: lease !== undefined });
  return new Promise<never>(() => {});
}

async function budget(): Promise<unknown> {
  const granted: number[] = [];
  const until = Date.now() + config.budgetRunMs;
  let refused = 0;
  while (Date.now() < until) {
    const now = Date.now();
    const window = {
      name: 'short',
      limit: config.budgetLimit,
      windowMs: config.budgetWindowMs,
      windowStart: windowStartOf(now, config.budgetWindowMs),
    };
    const taken = await budgets.take('fleet-test', [window]);
    if (taken.granted) granted.push(window.windowStart);
    else {
      refused++;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
  return { granted, refused };
}

const modes: Record<string, () => Promise<unknown>> = {
  calls,
  'refresh-once': refreshOnce,
  'hold-lease': holdLease,
  budget,
};
const run = modes[mode] ?? budget;
const result = await run();
process.send?.(result);
redis.disconnect();
process.exit(0);
