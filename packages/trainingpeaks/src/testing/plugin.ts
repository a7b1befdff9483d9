import {
  type FakeAuthorizationServer,
  type RefreshTokenOnRefresh,
  SANDBOX_CLIENT,
  SANDBOX_REDIRECT_URI,
  type SandboxProviderPlugin,
} from '@fitlink/testing';
import {
  TRAININGPEAKS_AUTHORIZE_URL,
  TRAININGPEAKS_DEAUTHORIZE_URL,
  TRAININGPEAKS_HOSTS,
  TRAININGPEAKS_TOKEN_URL,
  type TrainingPeaksEnvironment,
} from '../endpoints.js';
import { TRAININGPEAKS_SCOPES } from '../scopes.js';
import {
  createTrainingPeaksHandlers,
  createTrainingPeaksSandboxState,
  type TrainingPeaksSandboxKnobs,
  type TrainingPeaksSandboxState,
} from './handlers.js';

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

/** The TrainingPeaks sandbox plugin, with handles for tests. */
export interface TrainingPeaksSandboxPlugin extends SandboxProviderPlugin {
  /** The data and knobs, once the sandbox has set the plugin up. */
  readonly state: TrainingPeaksSandboxState;
  /** The fake authorization server of each served environment. */
  readonly auth: ReadonlyMap<TrainingPeaksEnvironment, FakeAuthorizationServer>;
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
  const auth = new Map<TrainingPeaksEnvironment, FakeAuthorizationServer>();
  let state: TrainingPeaksSandboxState | undefined;
  return {
    id: 'trainingpeaks',
    hosts: environments.flatMap((environment) => [
      new URL(TRAININGPEAKS_HOSTS[environment].api).host,
      new URL(TRAININGPEAKS_HOSTS[environment].oauth).host,
    ]),
    get state() {
      if (!state) throw new TypeError('trainingpeaksSandboxPlugin: add it to createSandbox first');
      return state;
    },
    auth,
    handlers(context) {
      state = createTrainingPeaksSandboxState({
        seed: context.seed,
        ...(options.now !== undefined ? { now: options.now } : {}),
        ...(options.days !== undefined ? { days: options.days } : {}),
        ...(options.knobs ? { knobs: options.knobs } : {}),
      });
      const current = state;
      return environments.flatMap((environment) => {
        const hosts = TRAININGPEAKS_HOSTS[environment];
        const server = context.createAuthorizationServer({
          baseUrl: hosts.oauth,
          authorizePath: TRAININGPEAKS_AUTHORIZE_URL[environment],
          tokenPath: TRAININGPEAKS_TOKEN_URL[environment],
          revokePath: TRAININGPEAKS_DEAUTHORIZE_URL[environment],
          clients: [
            {
              ...SANDBOX_CLIENT,
              authMethod: 'client_secret_post',
              redirectUris: [...new Set([...SANDBOX_CLIENT.redirectUris, SANDBOX_REDIRECT_URI])],
            },
          ],
          supportedScopes: Object.keys(TRAININGPEAKS_SCOPES),
          refreshTokenOnRefresh: options.refreshTokenOnRefresh ?? 'rotate',
        });
        auth.set(environment, server);
        return createTrainingPeaksHandlers({ auth: server, state: current, apiBaseUrl: hosts.api });
      });
    },
  };
}
