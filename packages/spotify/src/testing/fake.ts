import {
  createSandboxTimeline,
  type SandboxPlay,
  type SandboxTimeline,
  type SandboxUser,
} from '@fitlink/testing';
import type { SpotifyContext, SpotifySimplifiedArtist } from '../schemas/common.js';
import type { SpotifyCurrentlyPlaying, SpotifyPlaybackState } from '../schemas/player.js';
import type { SpotifyPlaylist, SpotifyPlaylistItem } from '../schemas/playlist.js';
import type { SpotifyPlayHistory } from '../schemas/recently-played.js';
import type { SpotifyArtist, SpotifyTimeRange } from '../schemas/top.js';
import type { SpotifyTrack } from '../schemas/track.js';
import type { SpotifyUser } from '../schemas/user.js';
import { fakeIsrc, fakeSpotifyId } from './fake-ids.js';
import { type FakeSpotifyPlaylist, fakeSpotifyPlaylists } from './fake-playlists.js';

const API = 'https://api.spotify.com/v1';
const OPEN = 'https://open.spotify.com';
const DAY_MS = 86_400_000;

/** How many plays Spotify's recently-played history keeps. */
export const SPOTIFY_HISTORY_SIZE = 50;

/** What the sandbox player holds, set through the plugin's `knobs.nowPlaying`. */
export interface SpotifyNowPlaying {
  /** A sandbox track id. @defaultValue the most recently played track */
  trackId?: string;
  /** Progress into the track in milliseconds. @defaultValue 30000 */
  progressMs?: number;
  /** Playing (`true`) or paused. @defaultValue true */
  isPlaying?: boolean;
}

/** Options of {@link createSpotifyFake}. */
export interface SpotifyFakeOptions {
  /** Seed of the timeline and ids. @defaultValue 1 */
  seed?: number;
  /** The timeline's end, epoch ms. @defaultValue Date.now() */
  now?: number;
  /** Days of history. @defaultValue 90 */
  days?: number;
}

/** A seeded generator of Spotify payloads in the Web API's exact shape, from the sandbox timeline. */
export interface SpotifyFake {
  /** The shared athlete timeline (its `plays` are what this fake renders). */
  readonly timeline: SandboxTimeline;
  /** Every track of the catalogue. */
  readonly tracks: readonly SpotifyTrack[];
  /** The user's playlists. */
  readonly playlists: readonly FakeSpotifyPlaylist[];
  /** A track by id. */
  track(trackId: string): SpotifyTrack | undefined;
  /** Every timeline play as a play-history item, newest first. */
  playHistory(): SpotifyPlayHistory[];
  /** What `/me/player/recently-played` can reach: the last 50 plays, newest first. */
  recentHistory(): SpotifyPlayHistory[];
  /** `/me` for a sandbox user (development-mode shape: no email, country, product, followers). */
  user(user: SandboxUser): SpotifyUser;
  /** Top tracks over a time range, most played first. */
  topTracks(timeRange: SpotifyTimeRange): SpotifyTrack[];
  /** Top artists over a time range, most played first. */
  topArtists(timeRange: SpotifyTimeRange): SpotifyArtist[];
  /** `/me/player/currently-playing` for the knob's value. */
  currentlyPlaying(nowPlaying: SpotifyNowPlaying, timestamp: number): SpotifyCurrentlyPlaying;
  /** `/me/player` for the knob's value. */
  playbackState(nowPlaying: SpotifyNowPlaying, timestamp: number): SpotifyPlaybackState;
}

const RANGE_DAYS: Record<SpotifyTimeRange, number> = {
  short_term: 28,
  medium_term: 182,
  long_term: 365,
};

/**
 * Creates the Spotify fake: tracks with artists, album, `duration_ms`, `external_ids.isrc`,
 * `external_urls` and `spotify:track:<id>` URIs; play history with `played_at` in ISO 8601 UTC
 * with milliseconds and a playlist `context` (or `null`); playlists, top items and the player.
 *
 * @param options - Seed, end and length of the timeline.
 *
 * @example
 * ```ts
 * const fake = createSpotifyFake({ seed: 1, now: Date.parse('2026-11-20T12:00:00Z') });
 * const [latest] = fake.recentHistory();
 * ```
 */
export function createSpotifyFake(options: SpotifyFakeOptions = {}): SpotifyFake {
  const seed = options.seed ?? 1;
  const timeline = createSandboxTimeline({
    seed,
    now: options.now ?? Date.now(),
    days: options.days ?? 90,
  });
  const artistOf = (name: string): SpotifySimplifiedArtist => {
    const id = fakeSpotifyId(seed, 'artist', name);
    return {
      external_urls: { spotify: `${OPEN}/artist/${id}` },
      href: `${API}/artists/${id}`,
      id,
      name,
      type: 'artist',
      uri: `spotify:artist:${id}`,
    };
  };
  const tracks = new Map<string, SpotifyTrack>();
  const albumTracks = new Map<string, number>();
  for (const play of timeline.plays) {
    if (tracks.has(play.trackId)) continue;
    const albumId = fakeSpotifyId(seed, 'album', play.album);
    const trackNumber = (albumTracks.get(play.album) ?? 0) + 1;
    albumTracks.set(play.album, trackNumber);
    const artists = play.artists.map(artistOf);
    tracks.set(play.trackId, {
      album: {
        album_type: 'album',
        artists,
        external_urls: { spotify: `${OPEN}/album/${albumId}` },
        href: `${API}/albums/${albumId}`,
        id: albumId,
        images: [
          { url: `https://i.scdn.co/image/sandbox-${albumId}-640`, height: 640, width: 640 },
          { url: `https://i.scdn.co/image/sandbox-${albumId}-300`, height: 300, width: 300 },
        ],
        name: play.album,
        release_date: '2025-05-16',
        release_date_precision: 'day',
        total_tracks: 10,
        type: 'album',
        uri: `spotify:album:${albumId}`,
      },
      artists,
      disc_number: 1,
      duration_ms: play.durationMs,
      explicit: false,
      external_ids: { isrc: fakeIsrc(seed, play.trackId) },
      external_urls: { spotify: `${OPEN}/track/${play.trackId}` },
      href: `${API}/tracks/${play.trackId}`,
      id: play.trackId,
      is_local: false,
      name: play.trackName,
      track_number: trackNumber,
      type: 'track',
      uri: `spotify:track:${play.trackId}`,
    });
  }
  const playlists = fakeSpotifyPlaylists({ seed, timeline, tracks });
  const contextOf = (play: SandboxPlay, index: number): SpotifyContext | null => {
    // Every seventh play was started from search or the album page: no context.
    if (index % 7 === 6) return null;
    const sport = timeline.workouts.find((workout) => workout.id === play.workoutId)?.sport;
    const playlist = playlists.find((p) => sport !== undefined && p.sports.includes(sport));
    return playlist?.context ?? playlists[0]?.context ?? null;
  };
  const history: SpotifyPlayHistory[] = timeline.plays
    .map((play, index) => ({
      track: tracks.get(play.trackId) as SpotifyTrack,
      played_at: new Date(play.playedAtMs).toISOString(),
      context: contextOf(play, index),
    }))
    .reverse();

  const playsSince = (timeRange: SpotifyTimeRange) => {
    const from = timeline.toMs - RANGE_DAYS[timeRange] * DAY_MS;
    return timeline.plays.filter((play) => play.playedAtMs >= from);
  };
  const ranked = <T>(keys: string[], lookup: (key: string) => T | undefined): T[] => {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([key]) => lookup(key))
      .filter((value): value is T => value !== undefined);
  };
  const nowPlayingTrack = (nowPlaying: SpotifyNowPlaying): SpotifyTrack =>
    tracks.get(nowPlaying.trackId ?? '') ?? (history[0]?.track as SpotifyTrack);
  const currentlyPlaying = (
    nowPlaying: SpotifyNowPlaying,
    timestamp: number,
  ): SpotifyCurrentlyPlaying => ({
    timestamp,
    context: history[0]?.context ?? null,
    progress_ms: nowPlaying.progressMs ?? 30_000,
    item: nowPlayingTrack(nowPlaying),
    currently_playing_type: 'track',
    actions: { disallows: { resuming: true } },
    is_playing: nowPlaying.isPlaying ?? true,
  });

  return {
    timeline,
    tracks: [...tracks.values()],
    playlists,
    track: (trackId) => tracks.get(trackId),
    playHistory: () => [...history],
    recentHistory: () => history.slice(0, SPOTIFY_HISTORY_SIZE),
    user: (user) => ({
      display_name: user.name,
      external_urls: { spotify: `${OPEN}/user/${user.id}` },
      href: `${API}/users/${user.id}`,
      id: user.id,
      images: [],
      type: 'user',
      uri: `spotify:user:${user.id}`,
    }),
    topTracks: (timeRange) =>
      ranked(
        playsSince(timeRange).map((play) => play.trackId),
        (id) => tracks.get(id),
      ),
    topArtists: (timeRange) =>
      ranked(
        playsSince(timeRange).flatMap((play) => play.artists),
        (name): SpotifyArtist => {
          const artist = artistOf(name);
          const id = artist.id as string;
          return {
            external_urls: { spotify: `${OPEN}/artist/${id}` },
            href: `${API}/artists/${id}`,
            id,
            images: [],
            name,
            type: 'artist',
            uri: `spotify:artist:${id}`,
          };
        },
      ),
    currentlyPlaying,
    playbackState: (nowPlaying, timestamp) => ({
      ...currentlyPlaying(nowPlaying, timestamp),
      device: {
        id: fakeSpotifyId(seed, 'device', 'phone'),
        is_active: true,
        is_private_session: false,
        is_restricted: false,
        name: 'Sandy’s Phone',
        supports_volume: true,
        type: 'Smartphone',
        volume_percent: 72,
      },
      repeat_state: 'off',
      shuffle_state: false,
    }),
  };
}

export type { FakeSpotifyPlaylist, SpotifyPlaylist, SpotifyPlaylistItem };
