/**
 * The Spotify sandbox for `@fitlink/testing`: the accounts service and Web API as msw handlers,
 * a seeded fake rendering the shared athlete timeline's plays in Spotify's exact shape, knobs,
 * and typed fixtures.
 *
 * @packageDocumentation
 */
export {
  createSpotifyFake,
  type FakeSpotifyPlaylist,
  SPOTIFY_HISTORY_SIZE,
  type SpotifyFake,
  type SpotifyFakeOptions,
  type SpotifyNowPlaying,
} from './fake.js';
export { fakeIsrc, fakeSpotifyId } from './fake-ids.js';
export {
  spotifyCurrentlyPlayingFixture,
  spotifyExtendedUserFixture,
  spotifyPlaybackStateFixture,
  spotifyPlaylistItemsFixture,
  spotifyRecentlyPlayedFixture,
  spotifyTrackFixture,
  spotifyUserFixture,
} from './fixtures/index.js';
export {
  createSpotifyHandlers,
  type SpotifyHandlersOptions,
  type SpotifySandboxKnobs,
} from './handlers.js';
export {
  SPOTIFY_SANDBOX_REDIRECT_URIS,
  type SpotifySandboxPlugin,
  type SpotifySandboxPluginOptions,
  spotifySandboxPlugin,
} from './plugin.js';
export {
  createSpotifyPolicyHandlers,
  SPOTIFY_OWNER_PREMIUM_MESSAGE,
  type SpotifyPolicyOptions,
} from './policy.js';
