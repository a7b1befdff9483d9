import {
  type FakeAuthorizationServer,
  type RefreshTokenOnRefresh,
  SANDBOX_CLIENT,
  SANDBOX_PUBLIC_CLIENT,
  SANDBOX_REDIRECT_URI,
  type SandboxProviderPlugin,
} from '@fitlink/testing';
import { SPOTIFY_SCOPES } from '../scopes.js';
import { createSpotifyFake, type SpotifyFake } from './fake.js';
import {
  createSpotifyHandlers,
  type SpotifySandboxKnobs,
  type SpotifySandboxStats,
} from './handlers.js';

/**
 * Redirect URIs registered for both sandbox clients: the sandbox's own, and loopback IP
 * literals for browser and CLI examples (Spotify refuses `localhost` since 27 November 2025).
 */
export const SPOTIFY_SANDBOX_REDIRECT_URIS: readonly string[] = [
  SANDBOX_REDIRECT_URI,
  'http://127.0.0.1:4317/callback',
  'http://127.0.0.1:8787/callback',
  'http://[::1]:4317/callback',
];

/** Options of {@link spotifySandboxPlugin}. */
export interface SpotifySandboxPluginOptions {
  /** The timeline's end, epoch ms (use a fixed one in tests). @defaultValue Date.now() */
  now?: number;
  /** Days of history. @defaultValue 90 */
  days?: number;
  /**
   * What a refresh answers with (Spotify sometimes returns a new refresh token, sometimes none):
   * `'rotate'` a new one, `'omit'` no `refresh_token` so the old one keeps working, `'same'` the
   * old one again. It sets the accounts server's knob of the same name; switch it at run time
   * there.
   * @defaultValue 'rotate'
   */
  refreshTokenOnRefresh?: RefreshTokenOnRefresh;
  /** Time source of the accounts service and the rolling rate-limit window, epoch ms. @defaultValue Date.now */
  clock?: () => number;
}

/** The Spotify sandbox plugin, with its knobs and, once set up, its servers. */
export interface SpotifySandboxPlugin extends SandboxProviderPlugin {
  /** Always `'spotify'`. */
  readonly id: 'spotify';
  /** Behaviour switches of the API (what plays now, the rate-limit window). */
  readonly knobs: SpotifySandboxKnobs;
  /** The fake accounts service, once the sandbox has set the plugin up. */
  readonly accounts: FakeAuthorizationServer | undefined;
  /** The fake data, once set up. */
  readonly fake: SpotifyFake | undefined;
  /** API counters, once set up. */
  readonly stats: SpotifySandboxStats | undefined;
}

/**
 * The Spotify sandbox: the accounts service on `https://accounts.spotify.com` (`/authorize`,
 * `/api/token`; HTTP Basic for the confidential client, PKCE for the public one; a refresh
 * answer without `refresh_token` when not rotating, as Spotify does; no revocation endpoint,
 * as Spotify has none) and the Web API on
 * `https://api.spotify.com/v1`, rendering the sandbox timeline's plays.
 *
 * @param options - Timeline end and length, rotation, clock.
 *
 * @example
 * ```ts
 * import { spotifySandboxPlugin } from '@fitlink/spotify/testing';
 * import { createSandbox } from '@fitlink/testing';
 * const sandbox = createSandbox({ providers: [spotifySandboxPlugin({ now: Date.parse('2026-11-20T12:00:00Z') })] });
 * ```
 */
export function spotifySandboxPlugin(
  options: SpotifySandboxPluginOptions = {},
): SpotifySandboxPlugin {
  const knobs: SpotifySandboxKnobs = { nowPlaying: null, requestsPerWindow: null };
  let accounts: FakeAuthorizationServer | undefined;
  let fake: SpotifyFake | undefined;
  let stats: SpotifySandboxStats | undefined;
  const redirectUris = [...SPOTIFY_SANDBOX_REDIRECT_URIS];
  return {
    id: 'spotify',
    hosts: ['accounts.spotify.com', 'api.spotify.com'],
    knobs,
    get accounts() {
      return accounts;
    },
    get fake() {
      return fake;
    },
    get stats() {
      return stats;
    },
    handlers(context) {
      const server = context.createAuthorizationServer({
        baseUrl: 'https://accounts.spotify.com',
        authorizePath: '/authorize',
        tokenPath: '/api/token',
        // Spotify has no revocation endpoint: users remove access on their account page.
        revokePath: null,
        clients: [
          { ...SANDBOX_CLIENT, authMethod: 'client_secret_basic', redirectUris },
          { ...SANDBOX_PUBLIC_CLIENT, redirectUris },
        ],
        scopeSeparator: ' ',
        supportedScopes: Object.keys(SPOTIFY_SCOPES),
        // Spotify sometimes leaves refresh_token out of the answer ('omit'): the old one stays valid.
        refreshTokenOnRefresh: options.refreshTokenOnRefresh ?? 'rotate',
        ...(options.clock ? { now: options.clock } : {}),
      });
      accounts = server;
      fake = createSpotifyFake({
        seed: context.seed,
        now: options.now ?? Date.now(),
        days: options.days ?? 90,
      });
      const api = createSpotifyHandlers({
        auth: server,
        fake,
        knobs,
        ...(options.clock ? { clock: options.clock } : {}),
      });
      stats = api.stats;
      return api.handlers;
    },
  };
}
