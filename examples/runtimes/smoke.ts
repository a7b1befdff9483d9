/**
 * The runtime smoke test: imports every provider package (and its `./testing` subpath) from
 * their built `dist/`, then runs one sandbox sync end to end (Strava's OAuth 2 code flow on the
 * sandbox's authorization server, then a paged, validated, mapped activity list). It uses only
 * web APIs, and the sandbox answers through msw's `getResponse` (no interception of the
 * runtime's own `fetch`), so the same module runs on Node, Bun, Deno and workerd.
 */

import * as appleHealth from '@fitlink/apple-health';
import * as appleHealthTesting from '@fitlink/apple-health/testing';
import { createMemoryTokenStore } from '@fitlink/core';
import * as coros from '@fitlink/coros';
import * as corosTesting from '@fitlink/coros/testing';
import * as garmin from '@fitlink/garmin';
import * as garminTesting from '@fitlink/garmin/testing';
import * as googleHealth from '@fitlink/google-health';
import * as googleHealthTesting from '@fitlink/google-health/testing';
import * as healthConnect from '@fitlink/health-connect';
import * as healthConnectTesting from '@fitlink/health-connect/testing';
import * as oura from '@fitlink/oura';
import * as ouraTesting from '@fitlink/oura/testing';
import * as peloton from '@fitlink/peloton';
import * as pelotonTesting from '@fitlink/peloton/testing';
import * as polar from '@fitlink/polar';
import * as polarTesting from '@fitlink/polar/testing';
import * as smashrun from '@fitlink/smashrun';
import * as smashrunTesting from '@fitlink/smashrun/testing';
import * as spotify from '@fitlink/spotify';
import * as spotifyTesting from '@fitlink/spotify/testing';
import * as strava from '@fitlink/strava';
import * as stravaTesting from '@fitlink/strava/testing';
import {
  createSandbox,
  followAuthorization,
  SANDBOX_CLIENT,
  SANDBOX_REDIRECT_URI,
} from '@fitlink/testing';
import * as trainingpeaks from '@fitlink/trainingpeaks';
import * as trainingpeaksTesting from '@fitlink/trainingpeaks/testing';
import * as whoop from '@fitlink/whoop';
import * as whoopTesting from '@fitlink/whoop/testing';
import { getResponse } from 'msw';

/** Every provider package, as imported: its main entry and its `./testing` subpath. */
const packages: Readonly<Record<string, readonly [object, object]>> = {
  'apple-health': [appleHealth, appleHealthTesting],
  coros: [coros, corosTesting],
  garmin: [garmin, garminTesting],
  'google-health': [googleHealth, googleHealthTesting],
  'health-connect': [healthConnect, healthConnectTesting],
  oura: [oura, ouraTesting],
  polar: [polar, polarTesting],
  peloton: [peloton, pelotonTesting],
  smashrun: [smashrun, smashrunTesting],
  spotify: [spotify, spotifyTesting],
  strava: [strava, stravaTesting],
  trainingpeaks: [trainingpeaks, trainingpeaksTesting],
  whoop: [whoop, whoopTesting],
};

/** What one run found. */
export interface SmokeResult {
  readonly runtime: string;
  readonly packages: number;
  readonly activities: number;
  readonly firstSport: string | null;
}

/** Names the runtime this runs on. */
function runtimeName(): string {
  const global = globalThis as {
    Bun?: unknown;
    Deno?: unknown;
    navigator?: { userAgent?: string };
  };
  if (global.Bun) return 'bun';
  if (global.Deno) return 'deno';
  const agent = global.navigator?.userAgent ?? '';
  if (agent.includes('Cloudflare-Workers')) return 'workerd';
  const process = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return process?.versions?.node ? `node ${process.versions.node}` : agent || 'unknown';
}

/** Imports every package, connects Strava on the sandbox and lists 90 days of activities. */
export async function runSmoke(): Promise<SmokeResult> {
  for (const [id, [main, testing]] of Object.entries(packages)) {
    const exported = Object.entries(main).filter(([name]) => /^create\w+Client$/.test(name));
    if (exported.length === 0 || Object.keys(testing).length === 0) {
      throw new Error(`@fitlink/${id} did not load its client or its testing subpath`);
    }
  }
  const now = Date.UTC(2026, 10, 30, 12);
  const sandbox = createSandbox({ providers: [stravaTesting.stravaSandboxPlugin({ now })] });
  const sandboxFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const response = await getResponse(sandbox.handlers, request);
    if (!response)
      throw new Error(`the sandbox has no handler for ${request.method} ${request.url}`);
    return response;
  };
  const app = strava.createStravaApp({
    clientId: SANDBOX_CLIENT.clientId,
    clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
    redirectUri: SANDBOX_REDIRECT_URI,
    fetch: sandboxFetch,
  });
  const authorization = await app.createAuthorization();
  const callback = await followAuthorization(authorization.url, sandboxFetch);
  const tokens = await app.exchangeCode({ callback, state: authorization.state });
  const store = createMemoryTokenStore();
  await store.set('strava', tokens);
  const client = strava.createStravaClient({ app, store, key: 'strava', fetch: sandboxFetch });
  let activities = 0;
  let firstSport: string | null = null;
  for await (const activity of client.listActivities({
    since: new Date(now - 90 * 86_400_000),
    until: new Date(now),
  })) {
    activities++;
    firstSport ??= activity.sport;
  }
  if (activities === 0) throw new Error('the sandbox sync returned no activity');
  return { runtime: runtimeName(), packages: Object.keys(packages).length, activities, firstSport };
}
