/**
 * The two Strava clients of the loopback rows, set up as their READMEs do: fitlink's
 * `createStravaApp` + `createStravaClient` over a memory token store, and strava-v3's
 * `new strava.client(token)`.
 */
import { createRequire } from 'node:module';
import { createMemoryTokenStore } from '@fitlink/core';
import { createStravaApp, createStravaClient, type StravaClient } from '@fitlink/strava';
import strava from 'strava-v3';
import { WORLD_NOW } from './strava-world.js';

/** The access token both clients send. */
export const BENCH_ACCESS_TOKEN = 'bench-access-token-0123456789abcdef';

/** fitlink's client for one athlete, its tokens valid for the whole run. */
export async function createFitlinkStrava(apiBaseUrl: string): Promise<StravaClient> {
  const app = createStravaApp({
    clientId: '12345',
    clientSecret: 'bench-client-secret',
    redirectUri: 'http://127.0.0.1/callback',
    scopes: ['read', 'activity:read_all'],
  });
  const store = createMemoryTokenStore();
  await store.set('athlete-1', {
    accessToken: BENCH_ACCESS_TOKEN,
    refreshToken: 'bench-refresh-token-0123456789abcdef',
    expiresAt: Date.now() + 24 * 3_600_000,
    scope: ['read', 'activity:read_all'],
  });
  return createStravaClient({ app, store, key: 'athlete-1', baseUrl: apiBaseUrl });
}

/** strava-v3's per-athlete client (`new strava.client(token)`), the one its README shows. */
export type StravaV3Client = InstanceType<typeof strava.client>;

// strava-v3 sends every call through one axios instance whose base URL is Strava's. The module
// that owns it exports `setBaseURL` (not in its typings): pointing it at the loopback server is
// the only change, its request path stays its own.
const require = createRequire(import.meta.url);
const axiosUtility = require('strava-v3/axiosUtility') as { setBaseURL(url: string): void };

/** strava-v3's client for one athlete, its shared axios instance aimed at `apiBaseUrl`. */
export function createStravaV3(apiBaseUrl: string): StravaV3Client {
  axiosUtility.setBaseURL(`${apiBaseUrl}/`);
  return new strava.client(BENCH_ACCESS_TOKEN);
}

/** The range a full sync of the world reads (every activity, until the world's end). */
export function wholeWorldRange(firstStartMs: number): { since: Date; until: Date } {
  return { since: new Date(firstStartMs - 86_400_000), until: new Date(WORLD_NOW + 86_400_000) };
}
