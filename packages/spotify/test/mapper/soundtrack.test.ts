import { createActivity, createPlay, type Play } from '@fitlink/core';
import { joinPlaysToActivities, soundtrackOf } from '@fitlink/spotify';
import { describe, expect, it } from 'vitest';

const play = (id: string, playedAt: string, seconds: number | null): Play =>
  createPlay({
    provider: 'spotify',
    externalId: `${id}@${playedAt}`,
    playedAt,
    trackName: id,
    trackId: id,
    durationSeconds: seconds,
  });

// A ride 07:00:00–08:00:00 UTC and a run 18:00:00–18:30:00 UTC.
const ride = createActivity({
  provider: 'strava',
  externalId: '101',
  sport: 'ride',
  startTime: '2026-11-20T08:00:00+01:00',
  elapsedSeconds: 3600,
});
const run = createActivity({
  provider: 'whoop',
  externalId: 'a1',
  sport: 'run',
  startTime: '2026-11-20T18:00:00Z',
  // The model fills elapsedSeconds whenever a duration is known (moving only beside it).
  elapsedSeconds: 1800,
  movingSeconds: 1800,
});
const plays = [
  play('before', '2026-11-20T06:50:00.000Z', 200), // ends 06:53:20: outside
  play('straddles-start', '2026-11-20T06:58:00.000Z', 240), // 06:58–07:02: in
  play('inside', '2026-11-20T07:30:00.000Z', 180),
  play('at-end', '2026-11-20T08:00:00.000Z', 180), // starts at the exclusive end: outside
  play('unknown-length', '2026-11-20T07:59:59.000Z', null), // an instant inside
  play('evening', '2026-11-20T18:10:00.000Z', 200),
];

describe('soundtrackOf', () => {
  it.each([
    ['the ride', ride, {}, ['straddles-start', 'inside', 'unknown-length']],
    [
      'the ride with 10 minutes of tolerance',
      ride,
      { toleranceSeconds: 600 },
      ['before', 'straddles-start', 'inside', 'unknown-length', 'at-end'],
    ],
    ['the run (moving time when elapsed is unknown)', run, {}, ['evening']],
  ])('finds the plays of %s, oldest first', (_name, activity, options, expected) => {
    expect(soundtrackOf(activity, [...plays].reverse(), options).map((p) => p.trackName)).toEqual(
      expected,
    );
  });

  it('gives an activity without a duration no soundtrack', () => {
    const open = createActivity({
      provider: 'strava',
      externalId: '9',
      startTime: '2026-11-20T07:00:00Z',
    });
    expect(soundtrackOf(open, plays)).toEqual([]);
  });
});

describe('joinPlaysToActivities', () => {
  it('returns one entry per activity in order, a play in every activity it overlaps', () => {
    const duplicate = createActivity({
      ...ride,
      provider: 'whoop',
      externalId: 'dup',
      startTime: ride.startTime,
    });
    const joined = joinPlaysToActivities(plays, [run, ride, duplicate]);
    expect(joined.map((entry) => [entry.activity.id, entry.plays.map((p) => p.trackName)])).toEqual(
      [
        ['whoop:a1', ['evening']],
        ['strava:101', ['straddles-start', 'inside', 'unknown-length']],
        ['whoop:dup', ['straddles-start', 'inside', 'unknown-length']],
      ],
    );
  });
});
