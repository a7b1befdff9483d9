import { ValidationError } from '@fitlink/core';
import { mapSpotifyPlay, type SpotifyPlayHistory } from '@fitlink/spotify';
import { spotifyRecentlyPlayedFixture } from '@fitlink/spotify/testing';
import { describe, expect, it } from 'vitest';

const [fromPlaylist, noContext, localFile] = spotifyRecentlyPlayedFixture.items as [
  SpotifyPlayHistory,
  SpotifyPlayHistory,
  SpotifyPlayHistory,
];

describe('mapSpotifyPlay', () => {
  it.each([
    [
      'a play from a playlist, two artists',
      fromPlaylist,
      {
        id: 'spotify:11dFghVXANMlKmJXsNCbNl@2026-11-20T07:12:45.123Z',
        provider: 'spotify',
        externalId: '11dFghVXANMlKmJXsNCbNl@2026-11-20T07:12:45.123Z',
        playedAt: '2026-11-20T07:12:45.123Z',
        durationSeconds: 214,
        trackName: 'Cadence Drift',
        artists: ['The Threshold Lines', 'Mira Okonkwo'],
        album: 'Zone Two',
        trackId: '11dFghVXANMlKmJXsNCbNl',
        isrc: 'XXFLK2600042',
        uri: 'spotify:track:11dFghVXANMlKmJXsNCbNl',
      },
    ],
    [
      'a play with no context and a fractional duration',
      noContext,
      {
        id: 'spotify:4uLU6hMCjMI75M1A2tKUQC@2026-11-20T07:09:11.000Z',
        externalId: '4uLU6hMCjMI75M1A2tKUQC@2026-11-20T07:09:11.000Z',
        playedAt: '2026-11-20T07:09:11.000Z',
        durationSeconds: 198.5,
        trackName: 'Negative Split',
        isrc: 'XXFLK2600043',
        trackId: '4uLU6hMCjMI75M1A2tKUQC',
      },
    ],
    [
      'a local file: no id (the URI stands in), no album, no ISRC, played_at with one fraction digit',
      localFile,
      {
        id: 'spotify:spotify:local:::Voice+memo%3A+cadence+cues:61@2026-11-20T07:05:30.500Z',
        playedAt: '2026-11-20T07:05:30.500Z',
        durationSeconds: 61,
        trackName: 'Voice memo: cadence cues',
        artists: [''],
        album: null,
        trackId: 'spotify:local:::Voice+memo%3A+cadence+cues:61',
        isrc: null,
        uri: 'spotify:local:::Voice+memo%3A+cadence+cues:61',
      },
    ],
  ])('maps %s', (_name, item, expected) => {
    const play = mapSpotifyPlay(item);
    expect(play).toMatchObject(expected);
    expect(play.raw).toBeUndefined();
  });

  it('keeps the payload in raw when asked', () => {
    expect(mapSpotifyPlay(fromPlaylist, { includeRaw: true }).raw).toEqual(fromPlaylist);
  });

  it('throws ValidationError with the path for an unparseable played_at', () => {
    const error = (() => {
      try {
        mapSpotifyPlay({ ...fromPlaylist, played_at: 'yesterday' });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toContainEqual([
      'playedAt',
    ]);
  });
});
