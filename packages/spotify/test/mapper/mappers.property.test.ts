import { playSchema, profileSchema, toUtcIso } from '@fitlink/core';
import * as spotify from '@fitlink/spotify';
import {
  mapSpotifyPlay,
  mapSpotifyProfile,
  spotifyPlayHistorySchema,
  spotifyUserSchema,
} from '@fitlink/spotify';
import {
  createSpotifyFake,
  spotifyExtendedUserFixture,
  spotifyRecentlyPlayedFixture,
  spotifyUserFixture,
} from '@fitlink/spotify/testing';
import { SANDBOX_USER } from '@fitlink/testing';
import { describeMapperCoverage, describeMapperProperties } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';

// Property tests of every Spotify mapper (see describeMapperProperties): any payload gives valid
// records or a ValidationError. Valid samples are the fixtures and 7 days of the fake.
const fake = createSpotifyFake({ seed: 4, now: Date.parse('2026-11-22T12:00:00Z'), days: 7 });

describeMapperProperties('mapSpotifyPlay', {
  provider: 'spotify',
  schema: spotifyPlayHistorySchema,
  map: (item) => mapSpotifyPlay(item, { includeRaw: true }),
  model: playSchema,
  valid: [...spotifyRecentlyPlayedFixture.items, ...fake.playHistory().slice(0, 60)],
  // The instant ISO 8601 names, whatever zone the machine runs in.
  check: (record, item) =>
    expect((record as { playedAt: string }).playedAt).toBe(toUtcIso(item.played_at)),
});

describeMapperProperties('mapSpotifyProfile', {
  provider: 'spotify',
  schema: spotifyUserSchema,
  map: (user) => mapSpotifyProfile(user, { includeRaw: true }),
  model: profileSchema,
  valid: [spotifyUserFixture, spotifyExtendedUserFixture, fake.user(SANDBOX_USER)],
  check: (record, user) => expect((record as { externalId: string }).externalId).toBe(user.id),
});

describeMapperCoverage(spotify);

// What the played_at check found, kept as plain cases: `new Date()` read a zone-less played_at
// in the machine's zone (a different instant on every server).
describe('played_at', () => {
  const [item] = spotifyRecentlyPlayedFixture.items;
  it.each(['2026-11-20T07:12:45', '11/20/2026 07:12', '2026-11-20'])(
    'a played_at without a zone (%s) is a ValidationError, never read in the machine’s zone',
    (playedAt) => {
      if (!item) throw new Error('fixture without items');
      expect(() => mapSpotifyPlay({ ...item, played_at: playedAt })).toThrow(/playedAt/);
    },
  );
});
