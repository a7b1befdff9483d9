/**
 * The provider packages the demo connects, each through its real auth code path. A new
 * provider package adds one entry here (and to `.env.example` for live mode).
 */
import type {
  ActivitySource,
  DailySummarySource,
  PlaySource,
  SleepSource,
  TokenSet,
  TokenStore,
} from '@fitlink/core';
import { createPelotonApp, createPelotonClient } from '@fitlink/peloton';
import { PELOTON_SANDBOX_CREDENTIALS, pelotonSandboxPlugin } from '@fitlink/peloton/testing';
import { createSmashrunApp, createSmashrunClient } from '@fitlink/smashrun';
import { smashrunSandboxPlugin } from '@fitlink/smashrun/testing';
import { createSpotifyApp, createSpotifyClient } from '@fitlink/spotify';
import { spotifySandboxPlugin } from '@fitlink/spotify/testing';
import { createStravaApp, createStravaClient } from '@fitlink/strava';
import { stravaSandboxPlugin } from '@fitlink/strava/testing';
import { SANDBOX_PUBLIC_CLIENT, type SandboxProviderPlugin } from '@fitlink/testing';
import { createTrainingPeaksApp, createTrainingPeaksClient } from '@fitlink/trainingpeaks';
import { trainingpeaksSandboxPlugin } from '@fitlink/trainingpeaks/testing';
import { createWhoopApp, createWhoopClient } from '@fitlink/whoop';
import { whoopSandboxPlugin } from '@fitlink/whoop/testing';
import { codeFlow } from '../shared/code-flow.js';
import { appleHealthDemoProvider } from './providers/apple-health.js';
import { corosDemoProvider } from './providers/coros.js';
import { garminDemoProvider } from './providers/garmin.js';
import { googleHealthDemoProvider } from './providers/google-health.js';
import { healthConnectDemoProvider } from './providers/health-connect.js';
import { ouraDemoProvider } from './providers/oura.js';
import { polarDemoProvider } from './providers/polar.js';

/** A connected client, seen through the cross-provider contract. */
export type DemoClient = Partial<ActivitySource & SleepSource & DailySummarySource & PlaySource> & {
  readonly provider: string;
};

/** What a connector receives: where to send HTTP, where tokens go, how consent happens. */
export interface ConnectContext {
  readonly live: boolean;
  readonly fetch: typeof fetch;
  readonly store: TokenStore;
  readonly redirectUri: string;
  readonly clientId: string;
  readonly clientSecret: string;
  env(name: string): string | undefined;
  /** Sandbox: follows the consent screen. Live: prints the URL and waits on 127.0.0.1. */
  authorize(url: URL): Promise<URL>;
}

/** How the demo connects one provider. */
export interface DemoProvider {
  readonly id: string;
  readonly name: string;
  /** How the user is connected, for the summary. */
  readonly flow: string;
  /** Environment variables live mode needs (all of them). */
  readonly liveVariables: readonly string[];
  /** A variable that is enough on its own instead (Peloton's pasted refresh token). */
  readonly liveAlternative?: string;
  plugin(now: number): SandboxProviderPlugin;
  connect(context: ConnectContext): Promise<{ client: DemoClient; tokens: TokenSet }>;
}

const credentials = (context: ConnectContext, prefix: string) =>
  context.live
    ? {
        clientId: context.env(`${prefix}_CLIENT_ID`) ?? '',
        clientSecret: context.env(`${prefix}_CLIENT_SECRET`) ?? '',
      }
    : { clientId: context.clientId, clientSecret: context.clientSecret };

export const demoProviders: readonly DemoProvider[] = [
  {
    id: 'strava',
    name: 'Strava',
    flow: 'OAuth 2 code flow (secret in form body, comma scopes)',
    liveVariables: ['STRAVA_CLIENT_ID', 'STRAVA_CLIENT_SECRET'],
    plugin: (now) => stravaSandboxPlugin({ now }),
    async connect(context) {
      const app = createStravaApp({
        ...credentials(context, 'STRAVA'),
        redirectUri: context.redirectUri,
        fetch: context.fetch,
      });
      const tokens = await codeFlow(app, (url) => context.authorize(url));
      await context.store.set('strava', tokens);
      return {
        tokens,
        client: createStravaClient({
          app,
          store: context.store,
          key: 'strava',
          fetch: context.fetch,
        }),
      };
    },
  },
  {
    id: 'whoop',
    name: 'WHOOP',
    flow: 'OAuth 2 code flow (offline scope, rotating refresh tokens)',
    liveVariables: ['WHOOP_CLIENT_ID', 'WHOOP_CLIENT_SECRET'],
    plugin: (now) => whoopSandboxPlugin({ now }),
    async connect(context) {
      const app = createWhoopApp({
        ...credentials(context, 'WHOOP'),
        redirectUri: context.redirectUri,
        fetch: context.fetch,
      });
      const tokens = await codeFlow(app, (url) => context.authorize(url));
      await context.store.set('whoop', tokens);
      return {
        tokens,
        client: createWhoopClient({
          app,
          store: context.store,
          key: 'whoop',
          fetch: context.fetch,
        }),
      };
    },
  },
  {
    id: 'peloton',
    name: 'Peloton',
    flow: 'Auth0 login (PKCE, cookie jar, hidden form) — the password is not stored',
    liveVariables: ['PELOTON_USERNAME', 'PELOTON_PASSWORD'],
    liveAlternative: 'PELOTON_REFRESH_TOKEN',
    plugin: (now) => pelotonSandboxPlugin({ now }),
    async connect(context) {
      const app = createPelotonApp({ fetch: context.fetch });
      // Login screens change: a pasted refresh token is the fallback that always works.
      const refreshToken = context.live ? context.env('PELOTON_REFRESH_TOKEN') : undefined;
      const tokens = refreshToken
        ? await app.fromToken({ refreshToken })
        : await app.login(
            context.live
              ? {
                  username: context.env('PELOTON_USERNAME') ?? '',
                  password: context.env('PELOTON_PASSWORD') ?? '',
                }
              : PELOTON_SANDBOX_CREDENTIALS,
          );
      await context.store.set('peloton', tokens);
      return {
        tokens,
        client: createPelotonClient({
          app,
          store: context.store,
          key: 'peloton',
          fetch: context.fetch,
        }),
      };
    },
  },
  {
    id: 'trainingpeaks',
    name: 'TrainingPeaks',
    flow: 'OAuth 2 code flow (sandbox environment hosts)',
    liveVariables: ['TRAININGPEAKS_CLIENT_ID', 'TRAININGPEAKS_CLIENT_SECRET'],
    plugin: (now) => trainingpeaksSandboxPlugin({ now }),
    async connect(context) {
      const app = createTrainingPeaksApp({
        ...credentials(context, 'TRAININGPEAKS'),
        redirectUri: context.redirectUri,
        environment:
          context.live && context.env('TRAININGPEAKS_ENVIRONMENT') === 'production'
            ? 'production'
            : 'sandbox',
        fetch: context.fetch,
      });
      const tokens = await codeFlow(app, (url) => context.authorize(url));
      await context.store.set('trainingpeaks', tokens);
      return {
        tokens,
        client: createTrainingPeaksClient({
          app,
          store: context.store,
          key: 'trainingpeaks',
          fetch: context.fetch,
        }),
      };
    },
  },
  {
    id: 'smashrun',
    name: 'SmashRun',
    flow: 'OAuth 2 code flow',
    liveVariables: ['SMASHRUN_CLIENT_ID', 'SMASHRUN_CLIENT_SECRET'],
    plugin: (now) => smashrunSandboxPlugin({ now }),
    async connect(context) {
      const app = createSmashrunApp({
        ...credentials(context, 'SMASHRUN'),
        redirectUri: context.redirectUri,
        fetch: context.fetch,
      });
      const tokens = await codeFlow(app, (url) => context.authorize(url));
      await context.store.set('smashrun', tokens);
      return {
        tokens,
        client: createSmashrunClient({
          app,
          store: context.store,
          key: 'smashrun',
          fetch: context.fetch,
        }),
      };
    },
  },
  {
    id: 'spotify',
    name: 'Spotify',
    flow: 'OAuth 2 + PKCE, public client (no secret)',
    liveVariables: ['SPOTIFY_CLIENT_ID'],
    plugin: (now) => spotifySandboxPlugin({ now }),
    async connect(context) {
      const app = createSpotifyApp({
        clientId: context.live
          ? (context.env('SPOTIFY_CLIENT_ID') ?? '')
          : SANDBOX_PUBLIC_CLIENT.clientId,
        redirectUri: context.redirectUri,
        fetch: context.fetch,
      });
      const tokens = await codeFlow(app, (url) => context.authorize(url));
      await context.store.set('spotify', tokens);
      return {
        tokens,
        client: createSpotifyClient({
          app,
          store: context.store,
          key: 'spotify',
          fetch: context.fetch,
        }),
      };
    },
  },
  appleHealthDemoProvider,
  corosDemoProvider,
  garminDemoProvider,
  googleHealthDemoProvider,
  healthConnectDemoProvider,
  ouraDemoProvider,
  polarDemoProvider,
];
