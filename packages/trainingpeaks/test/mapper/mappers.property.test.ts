import {
  activitySchema,
  dailySummarySchema,
  MAX_HEART_RATE_BPM,
  profileSchema,
  samplesSchema,
} from '@fitlink/core';
import { describeMapperCoverage, describeMapperProperties } from '@fitlink/testing/vitest';
import * as trainingpeaks from '@fitlink/trainingpeaks';
import {
  mapTrainingPeaksAthlete,
  mapTrainingPeaksMetrics,
  mapTrainingPeaksWorkout,
  mapTrainingPeaksWorkoutDetails,
  mapTrainingPeaksZones,
  trainingpeaksAthleteSchema,
  trainingpeaksMetricListSchema,
  trainingpeaksWorkoutDetailsSchema,
  trainingpeaksWorkoutSchema,
  trainingpeaksZonesSchema,
} from '@fitlink/trainingpeaks';
import {
  createTrainingPeaksFake,
  toBasicTrainingPeaksWorkout,
  trainingpeaksAthleteFixture,
  trainingpeaksBasicWorkoutFixture,
  trainingpeaksBikeWorkoutFixture,
  trainingpeaksMetricsFixture,
  trainingpeaksPlannedWorkoutFixture,
  trainingpeaksSwimWorkoutFixture,
  trainingpeaksUnknownTypeWorkoutFixture,
  trainingpeaksWorkoutDetails,
  trainingpeaksZonesFixture,
} from '@fitlink/trainingpeaks/testing';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

// Property tests of every TrainingPeaks mapper (see describeMapperProperties): any payload gives
// valid records or a ValidationError. Valid samples are the fixtures and 21 days of the fake.
const fake = createTrainingPeaksFake({
  seed: 3,
  now: Date.parse('2026-11-22T12:00:00Z'),
  days: 21,
});
const zone = 'America/Denver';
const workouts = [
  trainingpeaksBikeWorkoutFixture,
  trainingpeaksBasicWorkoutFixture,
  trainingpeaksSwimWorkoutFixture,
  trainingpeaksPlannedWorkoutFixture,
  trainingpeaksUnknownTypeWorkoutFixture,
  ...fake.workouts,
  ...fake.workouts.slice(0, 5).map(toBasicTrainingPeaksWorkout),
];

describeMapperProperties('mapTrainingPeaksWorkout in the athlete zone or another', {
  provider: 'trainingpeaks',
  schema: z.object({ workout: trainingpeaksWorkoutSchema, timeZone: z.string() }),
  map: ({ workout, timeZone }) => mapTrainingPeaksWorkout(workout, { timeZone, includeRaw: true }),
  model: activitySchema,
  valid: workouts.flatMap((workout) => [
    { workout, timeZone: zone },
    { workout, timeZone: 'Asia/Kathmandu' },
  ]),
  check: (record, { workout }) =>
    expect((record as { externalId: string }).externalId).toBe(String(workout.Id)),
});

const sampledWorkouts = [...fake.sources].slice(0, 4);
describeMapperProperties('mapTrainingPeaksWorkoutDetails', {
  provider: 'trainingpeaks',
  schema: trainingpeaksWorkoutDetailsSchema,
  map: (details) =>
    mapTrainingPeaksWorkoutDetails(details, {
      id: 'trainingpeaks:1',
      startTime: '2026-11-02T13:30:00.000Z',
    }),
  model: samplesSchema,
  valid: [
    { WorkoutId: 1, Data: [] },
    ...sampledWorkouts.map(([id, workout]) => trainingpeaksWorkoutDetails(id, workout)),
  ],
});

describeMapperProperties('mapTrainingPeaksMetrics', {
  provider: 'trainingpeaks',
  schema: trainingpeaksMetricListSchema,
  map: (metrics) => mapTrainingPeaksMetrics(metrics, { includeRaw: true }),
  model: dailySummarySchema,
  valid: [trainingpeaksMetricsFixture, fake.metrics.slice(0, 12), fake.metrics.slice(-6), []],
});

describeMapperProperties('mapTrainingPeaksAthlete', {
  provider: 'trainingpeaks',
  schema: trainingpeaksAthleteSchema,
  map: (athlete) => mapTrainingPeaksAthlete(athlete),
  model: profileSchema,
  valid: [
    trainingpeaksAthleteFixture,
    fake.athlete,
    { Id: 5, Sex: 'f', PreferredUnits: 'English' },
  ],
  check: (record, athlete) =>
    expect((record as { externalId: string }).externalId).toBe(String(athlete.Id)),
});

// Thresholds are no model record: this is what a physically possible answer looks like.
const amount = z.nullable(z.number().check(z.gte(0)));
const bpm = z.nullable(z.number().check(z.gte(0), z.lte(MAX_HEART_RATE_BPM)));
const zoneBounds = z.array(
  z.object({ label: z.nullable(z.string()), minimum: amount, maximum: amount }),
);
const thresholdsSchema = z.object({
  thresholdHeartRateBpm: bpm,
  maxHeartRateBpm: bpm,
  restingHeartRateBpm: bpm,
  ftpWatts: amount,
  thresholdSpeedMetresPerSecond: amount,
  heartRateZones: zoneBounds,
  powerZones: zoneBounds,
  speedZones: zoneBounds,
});

describeMapperProperties('mapTrainingPeaksZones', {
  provider: 'trainingpeaks',
  schema: trainingpeaksZonesSchema,
  map: (zones) => mapTrainingPeaksZones(zones),
  model: thresholdsSchema,
  valid: [
    trainingpeaksZonesFixture,
    fake.zones,
    [
      { ZoneType: 'HeartRate', Label: 'Z1', Minimum: 0, Maximum: 120 },
      { ZoneType: 'power', Label: 'Z1', Minimum: 0, Maximum: 150 },
    ],
  ],
});

describeMapperCoverage(trainingpeaks);

// What the properties found, kept as a plain case: negative thresholds and bounds, and heart
// rates above 300 bpm, went through as they were; they are unusable, so null.
describe('impossible thresholds', () => {
  it('are null, and real ones are kept', () => {
    const thresholds = mapTrainingPeaksZones({
      HeartRate: [
        {
          Threshold: 420,
          Maximum: -1,
          Resting: 45,
          Zones: [{ Label: 'Z1', Minimum: -5, Maximum: 139 }],
        },
      ],
      Power: [{ Threshold: -284 }],
      Speed: [{ Threshold: 4.2 }],
    });
    expect(thresholds).toMatchObject({
      thresholdHeartRateBpm: null,
      maxHeartRateBpm: null,
      restingHeartRateBpm: 45,
      ftpWatts: null,
      thresholdSpeedMetresPerSecond: 4.2,
      heartRateZones: [{ label: 'Z1', minimum: null, maximum: 139 }],
    });
  });
});
