import { SANDBOX_CLIENT, type SandboxProviderPlugin } from '@fitlink/testing';
import { SMASHRUN_AUTH_BASE_URL } from '../endpoints.js';
import { SMASHRUN_DEFAULT_SCOPES, SMASHRUN_SCOPES } from '../scopes.js';
import { createSmashrunFake, type SmashrunFakeData } from './fake.js';
import { createSmashrunHandlers, type SmashrunHandlers } from './handlers.js';

/** Options of {@link smashrunSandboxPlugin}. */
export interface SmashrunSandboxOptions {
  /** The timeline's end, epoch ms; fix it in tests. @defaultValue Date.now() */
  now?: number;
  /** Days of history. @defaultValue 90 */
  days?: number;
  /** Clock of token expiry and of the hourly budget. @defaultValue Date.now */
  clock?: () => number;
  /** Requests per user per rolling hour before a 429. @defaultValue 250 */
  requestsPerHour?: number;
  /** Access token lifetime in seconds. @defaultValue 7257600 (12 weeks) */
  accessTokenTtlSeconds?: number;
}

/** The SmashRun sandbox plugin; after `createSandbox` it exposes the API handlers and data. */
export interface SmashrunSandboxPlugin extends SandboxProviderPlugin {
  /** The API handlers, knobs and request log (set once the sandbox is created). */
  readonly api: SmashrunHandlers | undefined;
  /** The athlete's SmashRun data (set once the sandbox is created). */
  readonly data: SmashrunFakeData | undefined;
}

/** Hosts the plugin serves. */
export const SMASHRUN_SANDBOX_HOSTS = ['secure.smashrun.com', 'api.smashrun.com'] as const;

/**
 * The SmashRun sandbox: the authorization server on `https://secure.smashrun.com/oauth2/…`
 * (the sandbox client authenticating with `client_secret_post`, refresh tokens rotated, the
 * two SmashRun scopes, a token request's `state` echoed in the answer, no revocation endpoint)
 * and the API on `https://api.smashrun.com/v1` rendering the sandbox
 * athlete's runs and treadmill runs in SmashRun's wire shape.
 *
 * @example
 * ```ts
 * import { createSandbox } from '@fitlink/testing';
 * import { smashrunSandboxPlugin } from '@fitlink/smashrun/testing';
 * const sandbox = createSandbox({ providers: [smashrunSandboxPlugin({ now: Date.parse('2026-11-22T12:00:00Z') })] });
 * ```
 */
export function smashrunSandboxPlugin(options: SmashrunSandboxOptions = {}): SmashrunSandboxPlugin {
  let api: SmashrunHandlers | undefined;
  let data: SmashrunFakeData | undefined;
  return {
    id: 'smashrun',
    hosts: [...SMASHRUN_SANDBOX_HOSTS],
    get api() {
      return api;
    },
    get data() {
      return data;
    },
    handlers(context) {
      const auth = context.createAuthorizationServer({
        baseUrl: SMASHRUN_AUTH_BASE_URL,
        authorizePath: '/oauth2/authenticate',
        tokenPath: '/oauth2/token',
        // SmashRun documents no revocation endpoint.
        revokePath: null,
        // SmashRun takes client_id and client_secret as token parameters (form body).
        clients: [{ ...SANDBOX_CLIENT, authMethod: 'client_secret_post' }],
        scopeSeparator: ' ',
        supportedScopes: Object.keys(SMASHRUN_SCOPES),
        defaultScope: [...SMASHRUN_DEFAULT_SCOPES],
        refreshTokenOnRefresh: 'rotate',
        accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 12 * 7 * 86_400,
        // SmashRun's token answer carries `state`: echo the one the token request sent, if any.
        tokenResponseExtras: ({ params }) => {
          const state = params.get('state');
          return state === null ? {} : { state };
        },
        ...(options.clock ? { now: options.clock } : {}),
      });
      data = createSmashrunFake({
        seed: context.seed,
        ...(options.now !== undefined ? { now: options.now } : {}),
        ...(options.days !== undefined ? { days: options.days } : {}),
      });
      api = createSmashrunHandlers({
        auth,
        data,
        ...(options.clock ? { now: options.clock } : {}),
        ...(options.requestsPerHour !== undefined
          ? { requestsPerHour: options.requestsPerHour }
          : {}),
      });
      return api.handlers;
    },
  };
}
