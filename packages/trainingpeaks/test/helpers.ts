import { createMemoryTokenStore } from '@fitlink/core';
import {
  followAuthorization,
  SANDBOX_CLIENT,
  SANDBOX_REDIRECT_URI,
  seedConnection,
} from '@fitlink/testing';
import { type SandboxFixture, useSandbox } from '@fitlink/testing/vitest';
import {
  createTrainingPeaksApp,
  createTrainingPeaksClient,
  TRAININGPEAKS_DEFAULT_SCOPES,
  type TrainingPeaksApp,
  type TrainingPeaksClientSettings,
  type TrainingPeaksEnvironment,
  type TrainingPeaksScope,
} from '@fitlink/trainingpeaks';
import {
  type TrainingPeaksSandboxPlugin,
  type TrainingPeaksSandboxPluginOptions,
  trainingpeaksSandboxPlugin,
} from '@fitlink/trainingpeaks/testing';
import { afterEach, beforeEach } from 'vitest';

/** The fixed end of the sandbox timeline in tests (before the wall clock, so tokens are fresh). */
export const NOW = Date.parse('2026-11-15T18:00:00Z');

/** The sandbox of the running test. */
export type TrainingPeaksSandboxFixture = SandboxFixture<readonly [TrainingPeaksSandboxPlugin]>;

let running: TrainingPeaksSandboxFixture | undefined;

/** A fresh TrainingPeaks sandbox per test (answers checked against the route schemas). */
export function useTrainingPeaksSandbox(
  options: TrainingPeaksSandboxPluginOptions = {},
): TrainingPeaksSandboxFixture {
  const fixture = useSandbox(() => [trainingpeaksSandboxPlugin({ now: NOW, ...options })] as const);
  // `connect` seeds on the sandbox of the describe block whose test is running.
  beforeEach(() => {
    running = fixture;
  });
  afterEach(() => {
    running = undefined;
  });
  return fixture;
}

/** The sandbox client as a TrainingPeaks app. */
export function sandboxApp(environment: TrainingPeaksEnvironment = 'sandbox'): TrainingPeaksApp {
  return createTrainingPeaksApp({
    clientId: SANDBOX_CLIENT.clientId,
    clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
    redirectUri: SANDBOX_REDIRECT_URI,
    environment,
  });
}

/** How a test connection is made: the app (or its environment) and client settings. */
export interface ConnectOptions {
  environment?: TrainingPeaksEnvironment;
  settings?: Partial<TrainingPeaksClientSettings>;
  app?: TrainingPeaksApp;
}

/** A client over a new store, key `athlete-1`, with a `User-Agent` TrainingPeaks accepts. */
function clientOf(options: ConnectOptions) {
  const app = options.app ?? sandboxApp(options.environment);
  const store = createMemoryTokenStore();
  const settings = { key: 'athlete-1', userAgent: 'FitlinkTests/1.0', ...options.settings };
  return { app, store, client: createTrainingPeaksClient({ app, store, ...settings }) };
}

/** Seeds a connection on the running sandbox (the app's default scopes unless given). */
export async function connect(
  options: ConnectOptions & { scopes?: readonly TrainingPeaksScope[] } = {},
) {
  if (running === undefined) throw new Error('connect: call useTrainingPeaksSandbox() first');
  const { app, store, client } = clientOf(options);
  const auth = running.plugin.authOf(app.environment);
  const scope = options.scopes ?? TRAININGPEAKS_DEFAULT_SCOPES;
  const { tokens } = await seedConnection({ auth, scope, key: 'athlete-1', store });
  return { app, store, tokens, client };
}

/** Connects through the real authorization URL and code exchange (the OAuth round trip). */
export async function connectByConsent(options: ConnectOptions = {}) {
  const { app, store, client } = clientOf(options);
  const authorization = await app.createAuthorization();
  const callback = await followAuthorization(authorization.url);
  const tokens = await app.exchangeCode({ callback, state: authorization.state });
  await store.set('athlete-1', tokens);
  return { app, store, tokens, client };
}
