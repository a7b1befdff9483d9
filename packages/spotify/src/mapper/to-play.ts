import { createPlay, millisecondsToSeconds, type Play, toUtcIso } from '@fitlink/core';
import type { SpotifyPlayHistory } from '../schemas/recently-played.js';

/** Options of {@link mapSpotifyPlay}. */
export interface MapSpotifyPlayOptions {
  /** Keep the Spotify payload in the result's `raw`. @defaultValue false */
  includeRaw?: boolean;
}

/**
 * Maps a recently-played item to a normalized `Play`. Spotify has no play id, so the
 * external id is the track id plus `played_at` (`4uLU6hMCjMI75M1A2tKUQC@2026-05-01T06:41:12.000Z`);
 * local files, which have no track id, use their `spotify:local:…` URI instead.
 *
 * @param item - One item of `GET /me/player/recently-played`.
 * @param options - Whether to keep the payload.
 * @throws ValidationError when `played_at` is not an instant.
 *
 * @example
 * ```ts
 * import { mapSpotifyPlay } from '@fitlink/spotify';
 * const play = mapSpotifyPlay(page.items[0]);
 * play.durationSeconds; // 214 for duration_ms 214000
 * ```
 */
export function mapSpotifyPlay(
  item: SpotifyPlayHistory,
  options: MapSpotifyPlayOptions = {},
): Play {
  const { track } = item;
  const trackId = track.id ?? track.uri;
  // ISO 8601 with Z or an offset only: `new Date()` would read a zone-less time in the machine's
  // zone. An unreadable played_at is passed on as given so createPlay reports it at its path.
  const playedAtIso = toUtcIso(item.played_at) ?? item.played_at;
  return createPlay({
    provider: 'spotify',
    externalId: `${trackId}@${playedAtIso}`,
    playedAt: playedAtIso,
    durationSeconds: millisecondsToSeconds(track.duration_ms),
    trackName: track.name,
    artists: track.artists.map((artist) => artist.name),
    album: track.album?.name || null,
    trackId,
    isrc: track.external_ids?.isrc ?? null,
    uri: track.uri,
    ...(options.includeRaw ? { raw: item } : {}),
  });
}
