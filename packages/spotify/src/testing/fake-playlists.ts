import { SANDBOX_USER, type SandboxSport, type SandboxTimeline } from '@fitlink/testing';
import type { SpotifyContext } from '../schemas/common.js';
import type { SpotifyPlaylist, SpotifyPlaylistItem } from '../schemas/playlist.js';
import type { SpotifyTrack } from '../schemas/track.js';
import { fakeSpotifyId } from './fake-ids.js';

/** A sandbox playlist: the listed object, its items, and the sports it is played during. */
export interface FakeSpotifyPlaylist {
  /** As `/me/playlists` lists it. */
  readonly playlist: SpotifyPlaylist;
  /** As `/playlists/{id}/items` pages them. */
  readonly items: readonly SpotifyPlaylistItem[];
  /** Sports whose plays come from this playlist (their `context`). */
  readonly sports: readonly SandboxSport[];
  /** The play-history `context` of this playlist. */
  readonly context: SpotifyContext;
}

const PLAYLISTS: readonly (readonly [string, string, boolean, readonly SandboxSport[]])[] = [
  ['Ride Anthems', 'Big gears, long climbs.', false, ['ride', 'indoor_ride']],
  [
    'Run Club',
    'Tempo, intervals and a podcast for the long one.',
    true,
    ['run', 'treadmill_run', 'walk', 'hike'],
  ],
  [
    'Gym Floor',
    'Everything, for the rower and the rack.',
    false,
    ['strength', 'indoor_row', 'swim'],
  ],
];

// Spotify's added_at has whole seconds: `2026-01-02T03:04:05Z`.
const isoSeconds = (ms: number): string =>
  new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/**
 * Builds the sandbox user's playlists: "Ride Anthems" and "Run Club" share the catalogue, "Run
 * Club" also holds a podcast episode and a local file (no id), "Gym Floor" holds every track.
 *
 * @param input - Seed, timeline and the catalogue's tracks by id.
 */
export function fakeSpotifyPlaylists(input: {
  seed: number;
  timeline: SandboxTimeline;
  tracks: ReadonlyMap<string, SpotifyTrack>;
}): FakeSpotifyPlaylist[] {
  const { seed, timeline } = input;
  const userId = SANDBOX_USER.id;
  const catalogue = [...input.tracks.values()];
  const addedBy = {
    external_urls: { spotify: `https://open.spotify.com/user/${userId}` },
    href: `https://api.spotify.com/v1/users/${userId}`,
    id: userId,
    type: 'user',
    uri: `spotify:user:${userId}`,
  };
  return PLAYLISTS.map(([name, description, isPublic, sports], index) => {
    const id = fakeSpotifyId(seed, 'playlist', name);
    const picked =
      index === 2 ? catalogue : catalogue.filter((_, position) => position % 2 === index);
    const entries: SpotifyPlaylistItem[] = picked.map((track, position) => ({
      added_at: isoSeconds(timeline.fromMs + (position + 1) * 3_600_000),
      added_by: addedBy,
      is_local: false,
      item: track,
    }));
    if (index === 1) {
      const episodeId = fakeSpotifyId(seed, 'episode', 'Pace & Patience 12');
      entries.push(
        {
          added_at: isoSeconds(timeline.fromMs + 40 * 3_600_000),
          added_by: addedBy,
          is_local: false,
          item: {
            type: 'episode',
            id: episodeId,
            name: 'Pace & Patience, episode 12: the long run',
            duration_ms: 2_712_000,
            uri: `spotify:episode:${episodeId}`,
            show: { id: fakeSpotifyId(seed, 'show', 'Pace & Patience'), name: 'Pace & Patience' },
          },
        },
        {
          added_at: isoSeconds(timeline.fromMs + 41 * 3_600_000),
          added_by: addedBy,
          is_local: true,
          item: {
            id: null,
            name: 'Voice memo: cadence cues',
            artists: [{ id: null, name: '', uri: null, href: null, type: 'artist' }],
            duration_ms: 61_000,
            uri: 'spotify:local:::Voice+memo%3A+cadence+cues:61',
            album: { id: null, name: '', uri: null, href: null, type: 'album' },
            is_local: true,
            type: 'track',
          },
        },
      );
    }
    const uri = `spotify:playlist:${id}`;
    const href = `https://api.spotify.com/v1/playlists/${id}`;
    const external_urls = { spotify: `https://open.spotify.com/playlist/${id}` };
    return {
      playlist: {
        collaborative: false,
        description,
        external_urls,
        href,
        id,
        images: [{ url: `https://mosaic.scdn.co/640/sandbox-${id}`, height: 640, width: 640 }],
        items: { href: `${href}/items`, total: entries.length },
        name,
        owner: { ...addedBy, display_name: SANDBOX_USER.name },
        public: isPublic,
        snapshot_id: fakeSpotifyId(seed, 'snapshot', name),
        type: 'playlist',
        uri,
      },
      items: entries,
      sports,
      context: { type: 'playlist', uri, href, external_urls },
    };
  });
}
