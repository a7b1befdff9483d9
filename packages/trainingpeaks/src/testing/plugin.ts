import {
  createProviderSandboxPlugin,
  type FakeAuthorizationServer,
  type FakeAuthorizationServerOptions,
  type ProviderSandboxPlugin,
  type RefreshTokenOnRefresh,
  SANDBOX_CLIENT,
  SANDBOX_REDIRECT_URI,
} from '@fitlink/testing';
import {
  TRAININGPEAKS_API_BASE_URL,
  TRAININGPEAKS_AUTHORIZE_URL,
  TRAININGPEAKS_DEAUTHORIZE_URL,
  TRAININGPEAKS_HOSTS,
  TRAININGPEAKS_TOKEN_URL,
  type TrainingPeaksEnvironment,
} from '../endpoints.js';
import { TRAININGPEAKS_SCOPES } from '../scopes.js';
import { createTrainingPeaksHandlers } from './handlers.js';
import {
  createTrainingPeaksSandboxData,
  createTrainingPeaksSandboxStats,
  defaultTrainingPeaksSandboxKnobs,
  type TrainingPeaksSandboxData,
  type TrainingPeaksSandboxKnobs,
  type TrainingPeaksSandboxStats,
} from './sandbox-state.js';

/** Options of {@link trainingpeaksSandboxPlugin}. */
export interface TrainingPeaksSandboxPluginOptions {
  /** The timeline's end, epoch ms. @defaultValue Date.now() */
  now?: number;
  /** Days of history. @defaultValue 90 */
  days?: number;
  /** Which TrainingPeaks hosts to serve. @defaultValue 'sandbox' */
  environment?: TrainingPeaksEnvironment | 'both';
  /** Initial knob values (`premium: false` for a basic athlete). */
  knobs?: Partial<TrainingPeaksSandboxKnobs>;
  /**
   * What a refresh answers about the refresh token (`'rotate'`, `'same'` or `'omit'`).
   * @defaultValue 'rotate' (TrainingPeaks does not say; clients must store whatever comes back)
   */
  refreshTokenOnRefresh?: RefreshTokenOnRefresh;
}

/**
 * The TrainingPeaks sandbox plugin: the kit's handle (`data`, `knobs`, `stats`, `auth`), where
 * `auth` is the first served environment's authorization server (`'sandbox'` unless only
 * `'production'` is served).
 */
export interface TrainingPeaksSandboxPlugin
  extends ProviderSandboxPlugin<
    'trainingpeaks',
    TrainingPeaksSandboxData,
    TrainingPeaksSandboxKnobs,
    TrainingPeaksSandboxStats
  > {
  /**
   * The authorization server of one served environment (each has its own token registry, as
   * the real systems do).
   *
   * @throws Error before a sandbox has set the plugin up, or for an environment not served.
   */
  authOf(environment: TrainingPeaksEnvironment): FakeAuthorizationServer;
}

function authorizationOptions(
  environment: TrainingPeaksEnvironment,
  refreshTokenOnRefresh: RefreshTokenOnRefresh,
): FakeAuthorizationServerOptions {
  return {
    baseUrl: TRAININGPEAKS_HOSTS[environment].oauth,
    authorizePath: TRAININGPEAKS_AUTHORIZE_URL[environment],
    tokenPath: TRAININGPEAKS_TOKEN_URL[environment],
    revokePath: TRAININGPEAKS_DEAUTHORIZE_URL[environment],
    // TrainingPeaks takes the client secret in the form body.
    clients: [
      {
        ...SANDBOX_CLIENT,
        authMethod: 'client_secret_post',
        redirectUris: [...new Set([...SANDBOX_CLIENT.redirectUris, SANDBOX_REDIRECT_URI])],
      },
    ],
    supportedScopes: Object.keys(TRAININGPEAKS_SCOPES),
    refreshTokenOnRefresh,
  };
}

/**
 * The TrainingPeaks sandbox: a fake authorization server on `oauth[.sandbox].trainingpeaks.com`
 * (`/OAuth/Authorize`, `/oauth/token`, `/oauth/deauthorize`; the sandbox client authenticating
 * with `client_secret_post`; the 17 scopes) and the API on `api[.sandbox].trainingpeaks.com`
 * serving the shared athlete timeline as TrainingPeaks workouts and daily metrics.
 *
 * @example
 * ```ts
 * const sandbox = createSandbox({ providers: [trainingpeaksSandboxPlugin({ now })] });
 * ```
 */
export function trainingpeaksSandboxPlugin(
  options: TrainingPeaksSandboxPluginOptions = {},
): TrainingPeaksSandboxPlugin {
  const environments: TrainingPeaksEnvironment[] =
    options.environment === 'both' ? ['sandbox', 'production'] : [options.environment ?? 'sandbox'];
  const [first = 'sandbox', ...others] = environments;
  const rotation = options.refreshTokenOnRefresh ?? 'rotate';
  let servers: ReadonlyMap<TrainingPeaksEnvironment, FakeAuthorizationServer> | undefined;
  const plugin = createProviderSandboxPlugin({
    id: 'trainingpeaks',
    hosts: environments.flatMap((environment) => [
      new URL(TRAININGPEAKS_HOSTS[environment].api).host,
      new URL(TRAININGPEAKS_HOSTS[environment].oauth).host,
    ]),
    knobs: { ...defaultTrainingPeaksSandboxKnobs(), ...options.knobs },
    stats: createTrainingPeaksSandboxStats(),
    authorization: () => authorizationOptions(first, rotation),
    data: ({ seed }) =>
      createTrainingPeaksSandboxData({
        seed,
        ...(options.now !== undefined ? { now: options.now } : {}),
        ...(options.days !== undefined ? { days: options.days } : {}),
      }),
    // The kit creates one authorization server; a second environment gets its own here.
    api: ({ auth, data, knobs, stats, context }) => {
      const created = new Map([[first, auth]]);
      for (const environment of others) {
        const server = context.createAuthorizationServer(
          authorizationOptions(environment, rotation),
        );
        created.set(environment, server);
      }
      servers = created;
      return [...created].flatMap(([environment, server]) =>
        createTrainingPeaksHandlers({
          auth: server,
          data,
          knobs,
          stats,
          baseUrl: TRAININGPEAKS_API_BASE_URL[environment],
          validate: context.validateAnswers,
        }),
      );
    },
  });
  return Object.assign(plugin, {
    authOf(environment: TrainingPeaksEnvironment) {
      const server = servers?.get(environment);
      if (server === undefined) {
        throw new Error(`the trainingpeaks sandbox does not serve ${environment} (yet)`);
      }
      return server;
    },
  });
}
