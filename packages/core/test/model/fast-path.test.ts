import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import { ACTIVITY_SETTINGS } from '../../src/model/activity.js';
import { fillRecord } from '../../src/model/build-record.js';
import { fastParserOf, NOT_VOUCHED } from '../../src/model/fast-parse.js';
import {
  activitySchema,
  createActivity,
  createDailySummary,
  createSleep,
  dailySummarySchema,
  sleepSchema,
} from '../../src/model/index.js';

// The record builders skip zod for records their fast parsers vouch for (see fast-parse.ts).
// These properties hold that shortcut to the schemas: a vouched value is one the schema accepts
// and outputs the same, and a builder gives exactly the schema's record or its issues.
const RUNS = 2_000;

const edgeNumbers = fc.constantFrom(
  0,
  -0,
  -1,
  0.5,
  100,
  100.000_001,
  300,
  300.000_001,
  1080,
  -1080,
  1080.5,
  -1081,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_VALUE,
);
const edgeStrings = fc.constantFrom(
  '',
  'strava',
  'Strava',
  'apple-health',
  'a:b',
  '-x',
  'run',
  'other',
  'Run',
  'provider',
  'work',
  'Europe/Berlin',
  '2026-01-02T03:04:05.000Z',
  '2026-01-02T03:04:05.000z',
  '2026-01-02T03:04:05Z',
  '2026-01-02T03:04:05.12 Z',
  '2028-02-29T00:00:00.000Z',
  '2026-02-29T00:00:00.000Z',
  '0000-02-29T23:59:59.999Z',
  '1900-02-29T00:00:00.000Z',
  '2026-01-02T24:00:00.000Z',
  ' 2026-01-02T03:04:05.000Z',
  '2026-01-02',
  '2026-02-30',
  '0000-01-01',
  '2026-1-02',
);
const metricValue = fc.oneof(
  fc.double(),
  fc.string(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.oneof(fc.double(), fc.constant(undefined)), { maxLength: 4 }),
  fc.array(fc.integer(), { maxLength: 6 }),
  fc.sparseArray(fc.integer(), { maxLength: 3 }),
);
const metricsLike = fc.oneof(
  fc.dictionary(fc.string({ maxLength: 6 }), metricValue, { maxKeys: 4 }),
  fc.dictionary(fc.constantFrom('strain', 'hrZoneSeconds', '0', '__proto__'), metricValue),
  fc
    .dictionary(fc.string(), metricValue)
    .map((entries) => Object.assign(Object.create(null) as object, entries)),
  fc.constant({ [Symbol('s')]: 1 }),
  fc.constant(new Map()),
  fc.constant([1, 2]),
);
// Any value a field might be given, valid or not.
const anyValue = fc.oneof(
  edgeNumbers,
  fc.double(),
  fc.integer({ min: -2_000, max: 2_000 }),
  edgeStrings,
  fc.string({ maxLength: 8 }),
  fc.boolean(),
  fc.constant(null),
  fc.date(),
  metricsLike,
);

const modelSchemas = { activity: activitySchema, sleep: sleepSchema, daily: dailySummarySchema };

describe('fast parsers of the model fields', () => {
  for (const [model, schema] of Object.entries(modelSchemas)) {
    it(`cover every field of the ${model} schema`, () => {
      const missing = Object.keys(schema.shape).filter(
        (key) => !fastParserOf(schema.shape[key as keyof typeof schema.shape] as object),
      );
      expect(missing).toEqual([]);
    });

    it(`vouch only for what each ${model} field schema accepts, with its output`, () => {
      const shape = schema.shape as Record<string, { safeParse(value: unknown): unknown }>;
      fc.assert(
        fc.property(fc.constantFrom(...Object.keys(shape)), anyValue, (key, value) => {
          const fieldSchema = shape[key] as typeof activitySchema.shape.metrics;
          const parsed = fastParserOf(fieldSchema)?.(value);
          const result = fieldSchema.safeParse(value);
          if (parsed === NOT_VOUCHED) return;
          expect(result.success).toBe(true);
          expect(parsed).toStrictEqual(result.data);
          if (key === 'metrics') {
            for (const item of Object.values(parsed as object)) {
              if (Array.isArray(item)) expect(Object.isFrozen(item)).toBe(true);
            }
          }
        }),
        { numRuns: RUNS, seed: 15 },
      );
    });
  }

  it('vouch for the usual valid values (or the shortcut would never run)', () => {
    const shape = activitySchema.shape;
    const cases: [keyof typeof shape, unknown][] = [
      ['provider', 'apple-health'],
      ['externalId', '1'],
      ['sport', 'mountain_bike_ride'],
      ['startTime', '0000-02-29T23:59:59.999Z'],
      ['utcOffsetMinutes', -1080],
      ['timeZone', 'America/St_Johns'],
      ['elapsedSeconds', 0],
      ['heartRateMaxBpm', 300],
      ['energySource', 'work'],
      ['metrics', { strain: 11.8, scoreState: 'SCORED', zones: [1, 2], note: null, ok: true }],
      ['name', ''],
      ['manual', false],
      ['raw', { anything: [1] }],
    ];
    for (const [key, value] of cases) {
      expect(fastParserOf(shape[key] as object)?.(value), key).not.toBe(NOT_VOUCHED);
    }
  });
});

// A field's value: mostly valid for the field, sometimes anything.
const field = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 20, arbitrary: valid }, { weight: 1, arbitrary: anyValue });
const optional = <T>(valid: fc.Arbitrary<T>) =>
  fc.option(field(valid), { nil: undefined, freq: 3 });
const amount = fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { freq: 4 });
const instant = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z') })
  .map((date) => (Number.isNaN(date.getTime()) ? 0 : date.getTime()))
  .chain((ms) =>
    fc.constantFrom(
      new Date(ms).toISOString(),
      `${new Date(ms).toISOString().slice(0, 19)}Z`,
      `${new Date(ms + 3_600_000).toISOString().slice(0, 19)}+01:00`,
      ms,
      new Date(ms),
    ),
  );
const metrics = fc.dictionary(
  fc.constantFrom('strain', 'scoreState', 'hrZoneSeconds', 'tss'),
  fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), fc.boolean()),
);

const activityInput = fc.record(
  {
    provider: field(fc.constantFrom('strava', 'whoop', 'apple-health')),
    externalId: field(fc.string({ minLength: 1, maxLength: 6 })),
    sport: optional(fc.constantFrom('run', 'ride', 'other')),
    providerSport: optional(fc.option(fc.string({ minLength: 1, maxLength: 6 }))),
    name: optional(fc.option(fc.string({ maxLength: 6 }))),
    startTime: field(instant),
    utcOffsetMinutes: optional(fc.option(fc.integer({ min: -720, max: 840 }))),
    timeZone: optional(fc.option(fc.constantFrom('Europe/Berlin', 'UTC'))),
    elapsedSeconds: optional(amount),
    movingSeconds: optional(amount),
    distanceMetres: optional(amount),
    energyKcal: optional(amount),
    energySource: optional(fc.option(fc.constantFrom('provider', 'work'))),
    workKilojoules: optional(amount),
    heartRateAvgBpm: optional(fc.option(fc.integer({ min: 0, max: 300 }))),
    heartRateMaxBpm: optional(fc.option(fc.integer({ min: 0, max: 320 }))),
    elevationGainMetres: optional(amount),
    powerAvgWatts: optional(amount),
    powerMaxWatts: optional(amount),
    powerNormalizedWatts: optional(amount),
    speedAvgMetresPerSecond: optional(amount),
    speedMaxMetresPerSecond: optional(amount),
    cadenceAvg: optional(amount),
    steps: optional(amount),
    metrics: optional(metrics),
    device: optional(fc.option(fc.string({ minLength: 1, maxLength: 6 }))),
    manual: optional(fc.option(fc.boolean())),
    raw: fc.option(fc.object(), { nil: undefined }),
  },
  { requiredKeys: [] },
);
const periodInput = fc.record(
  {
    provider: field(fc.constantFrom('whoop', 'oura')),
    externalId: field(fc.string({ minLength: 1, maxLength: 6 })),
    date: field(fc.constantFrom('2026-03-02', '2028-02-29', '2026-02-29')),
    startTime: field(instant),
    endTime: field(instant),
    utcOffsetMinutes: optional(fc.option(fc.integer({ min: -720, max: 840 }))),
    durationSeconds: optional(amount),
    efficiencyPercent: optional(fc.option(fc.double({ min: 0, max: 101, noNaN: true }))),
    heartRateAvgBpm: optional(fc.option(fc.integer({ min: 0, max: 320 }))),
    isNap: optional(fc.option(fc.boolean())),
    recoveryScore: optional(fc.option(fc.double({ noNaN: true }))),
    metrics: optional(metrics),
    raw: fc.option(fc.object(), { nil: undefined }),
  },
  { requiredKeys: [] },
);

/** What a builder gives: the record, or the issues of its ValidationError. */
function outcomeOf(build: () => unknown) {
  try {
    return { record: build() };
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return { issues: (error as ValidationError).issues };
  }
}

/** What the schema alone makes of the generic fill: the record, or its issues as reported. */
function schemaOutcomeOf(schema: typeof activitySchema, record: Record<string, unknown>) {
  const result = schema.safeParse(record);
  if (result.success) return { record: result.data };
  return {
    issues: new ValidationError('x', { endpoint: 'x', issues: result.error.issues }).issues,
  };
}

describe('record builders with the fast path', () => {
  it('createActivity gives exactly the schema’s record or issues', () => {
    let valid = 0;
    fc.assert(
      fc.property(activityInput, (input) => {
        const expected = schemaOutcomeOf(
          activitySchema,
          fillRecord(activitySchema, input, ACTIVITY_SETTINGS),
        );
        const actual = outcomeOf(() => createActivity(input as never));
        expect(actual).toStrictEqual(expected);
        if (expected.record) valid += 1;
      }),
      { numRuns: RUNS, seed: 15 },
    );
    // Enough valid records for the shortcut to be exercised, not only the schema.
    expect(valid).toBeGreaterThan(RUNS / 20);
  });

  it('createActivity fills as the generic fill does', () => {
    fc.assert(
      fc.property(activityInput, (input) => {
        const assembled = ACTIVITY_SETTINGS.assemble?.(input) ?? {};
        const { raw: _raw, ...filled } = fillRecord(activitySchema, input, ACTIVITY_SETTINGS);
        expect(Object.keys(assembled)).toEqual(Object.keys(filled));
        expect(assembled).toStrictEqual(filled);
      }),
      { numRuns: RUNS, seed: 16 },
    );
  });

  it.each([
    ['createSleep', sleepSchema, createSleep],
    ['createDailySummary', dailySummarySchema, createDailySummary],
  ] as const)('%s gives exactly the schema’s record or issues', (_name, schema, build) => {
    let valid = 0;
    fc.assert(
      fc.property(periodInput, (input) => {
        const filled = fillRecord(schema, input, {
          instantKeys: ['startTime', 'endTime'],
          defaults: { metrics: {} },
        });
        const expected = schemaOutcomeOf(schema as never, filled);
        expect(outcomeOf(() => build(input as never))).toStrictEqual(expected);
        if (expected.record) valid += 1;
      }),
      { numRuns: RUNS, seed: 17 },
    );
    expect(valid).toBeGreaterThan(RUNS / 20);
  });

  it('createActivity vouches for no field it has not tested: each one invalid in turn fails', () => {
    const valid = {
      provider: 'strava',
      externalId: '1',
      startTime: '2026-05-02T14:15:09Z',
      elapsedSeconds: 60,
      energyKcal: 10,
    };
    expect(() => createActivity(valid)).not.toThrow();
    const keys = Object.keys(activitySchema.shape).filter((key) => key !== 'id' && key !== 'raw');
    for (const key of keys) {
      const error = outcomeOf(() => createActivity({ ...valid, [key]: Symbol(key) } as never));
      expect(
        error.issues?.map((issue) => issue.path.join('.')),
        key,
      ).toContain(key);
    }
  });

  it('a valid activity skips the schema; an invalid one goes through it', () => {
    const safeParse = vi.spyOn(activitySchema, 'safeParse');
    createActivity({
      provider: 'strava',
      externalId: '1',
      startTime: '2026-05-02T14:15:09Z',
      metrics: { hrZoneSeconds: [1, 2] },
    });
    expect(safeParse).not.toHaveBeenCalled();
    expect(() =>
      createActivity({ provider: 'strava', externalId: '1', startTime: 'yesterday' }),
    ).toThrow(ValidationError);
    expect(safeParse).toHaveBeenCalledTimes(1);
  });

  it('an activity’s metric lists are frozen copies, as the schema outputs them', () => {
    const zones = [60, 120];
    const metrics = { hrZoneSeconds: zones };
    const activity = createActivity({
      provider: 'whoop',
      externalId: 'w',
      startTime: 0,
      metrics,
    });
    expect(activity.metrics).not.toBe(metrics);
    expect(activity.metrics.hrZoneSeconds).toEqual(zones);
    expect(activity.metrics.hrZoneSeconds).not.toBe(zones);
    expect(Object.isFrozen(activity.metrics.hrZoneSeconds)).toBe(true);
  });
});
