import {
  createProviderSandboxPlugin,
  createWindowBudget,
  type ProviderSandboxPlugin,
  type RefreshTokenOnRefresh,
  SANDBOX_CLIENT,
  SANDBOX_PUBLIC_CLIENT,
  SANDBOX_REDIRECT_URI,
} from '@fitlink/testing';
import { SPOTIFY_SCOPES } from '../scopes.js';
import { createSpotifyFake, type SpotifyFake } from './fake.js';
import { createSpotifyHandlers, type SpotifySandboxKnobs } from './handlers.js';

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
   * What a refresh answers with: `'omit'` no `refresh_token`, so the old one keeps working (what
   * Spotify does since 2026-06-18), `'rotate'` a new one (Spotify's former, occasional answer),
   * `'same'` the old one again. It sets the accounts server's knob of the same name; switch it at
   * run time there.
   * @defaultValue 'omit'
   */
  refreshTokenOnRefresh?: RefreshTokenOnRefresh;
  /** Time source of the accounts service, the rate-limit window and the player's `timestamp`, epoch ms. @defaultValue Date.now */
  clock?: () => number;
}

/**
 * The Spotify sandbox plugin: the handle every provider's plugin shares. `data` is the
 * {@link SpotifyFake}, `knobs` are {@link SpotifySandboxKnobs} (`nowPlaying`, `ownerPremium`,
 * `refreshTokenExpired`, the `rateLimit` budget), `stats` the API's counters (the kit's
 * `ProviderApiStats`: Spotify has no counters of its own) and `auth` the accounts service.
 */
export interface SpotifySandboxPlugin
  extends ProviderSandboxPlugin<'spotify', SpotifyFake, SpotifySandboxKnobs> {}

/**
 * The Spotify sandbox: the accounts service on `https://accounts.spotify.com` (`/authorize`,
 * `/api/token`; HTTP Basic for the confidential client, PKCE for the public one; a refresh
 * answer without `refresh_token` by default, as Spotify's since 2026-06-18; no revocation
 * endpoint, as Spotify has none) and the Web API on `https://api.spotify.com/v1`, every route of
 * `SPOTIFY_ROUTES`, rendering the sandbox timeline's plays. The knobs `ownerPremium` and
 * `refreshTokenExpired` give Spotify's answers to a development-mode app whose owner has no
 * Premium and to a refresh token past its six months.
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
  const redirectUris = [...SPOTIFY_SANDBOX_REDIRECT_URIS];
  // Spotify counts requests per app over 30 seconds and publishes no number: no limit until a
  // test sets one.
  const knobs: SpotifySandboxKnobs = {
    nowPlaying: null,
    ownerPremium: true,
    refreshTokenExpired: false,
    rateLimit: createWindowBudget({
      windows: [
        { name: 'app', limit: Number.POSITIVE_INFINITY, windowMs: 30_000, align: 'first-request' },
      ],
      ...(options.clock ? { now: options.clock } : {}),
    }),
  };
  return createProviderSandboxPlugin({
    id: 'spotify',
    hosts: ['accounts.spotify.com', 'api.spotify.com'],
    knobs,
    authorization: () => ({
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
      // Since 2026-06-18 Spotify leaves refresh_token out of the refresh answer: the old one stays
      // valid (until six months after the user authorized).
      refreshTokenOnRefresh: options.refreshTokenOnRefresh ?? 'omit',
      ...(options.clock ? { now: options.clock } : {}),
    }),
    data: ({ seed }) =>
      createSpotifyFake({ seed, now: options.now ?? Date.now(), days: options.days ?? 90 }),
    api: (parts) => createSpotifyHandlers({ ...parts, clock: options.clock }),
  });
}
