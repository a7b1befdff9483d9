import { MemoryTokenStore } from '@fitlink/core';
import {
  createSandbox,
  followAuthorization,
  SANDBOX_CLIENT,
  SANDBOX_REDIRECT_URI,
  type Sandbox,
} from '@fitlink/testing';
import {
  createTrainingPeaksApp,
  createTrainingPeaksClient,
  type TrainingPeaksApp,
  type TrainingPeaksClientSettings,
  type TrainingPeaksEnvironment,
} from '@fitlink/trainingpeaks';
import {
  type TrainingPeaksSandboxPlugin,
  type TrainingPeaksSandboxPluginOptions,
  trainingpeaksSandboxPlugin,
} from '@fitlink/trainingpeaks/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** The fixed end of the sandbox timeline in tests (before the wall clock, so tokens are fresh). */
export const NOW = Date.parse('2026-11-15T18:00:00Z');

/** The sandbox of the current test, rebuilt after each one. */
export interface TestSandbox {
  sandbox: Sandbox;
  plugin: TrainingPeaksSandboxPlugin;
}

/** A fresh TrainingPeaks sandbox per test under msw, unhandled requests failing. */
export function useTrainingPeaksSandbox(options: TrainingPeaksSandboxPluginOptions = {}): {
  current: TestSandbox;
} {
  const build = (): TestSandbox => {
    const plugin = trainingpeaksSandboxPlugin({ now: NOW, ...options });
    return { sandbox: createSandbox({ providers: [plugin] }), plugin };
  };
  const holder = { current: build() };
  const server = setupServer(...holder.current.sandbox.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    holder.current = build();
    server.resetHandlers(...holder.current.sandbox.handlers);
  });
  afterAll(() => server.close());
  return holder;
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

/** Connects through the real authorization URL and returns a client and its store. */
export async function connect(
  options: {
    environment?: TrainingPeaksEnvironment;
    settings?: Partial<TrainingPeaksClientSettings>;
    app?: TrainingPeaksApp;
  } = {},
) {
  const app = options.app ?? sandboxApp(options.environment);
  const store = new MemoryTokenStore();
  const authorization = await app.createAuthorization();
  const callback = await followAuthorization(authorization.url);
  const tokens = await app.exchangeCode({ callback, state: authorization.state });
  await store.set('athlete-1', tokens);
  const client = createTrainingPeaksClient({
    app,
    store,
    key: 'athlete-1',
    userAgent: 'FitlinkTests/1.0',
    ...options.settings,
  });
  return { app, store, tokens, client };
}
