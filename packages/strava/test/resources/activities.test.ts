import { ProviderError, ValidationError } from '@fitlink/core';
import { describe, expect, it } from 'vitest';
import { useStravaSandbox } from '../helpers.js';

describe('client.activities', () => {
  const context = useStravaSandbox();

  it('pages with per_page=200, stops early on break, and resumes from the cursor', async () => {
    const { connect, plugin } = context;
    await connect();
    plugin.knobs.extraActivities = 450;
    const total = plugin.data.activities().length;
    const list = context.client().activities.list({ pageSize: 200 });
    let seen = 0;
    for await (const _ of list) if (++seen === 250) break;
    expect(plugin.stats.byRoute.athleteActivities).toBe(2);
    expect(list.cursor).toEqual({ page: 2 });
    const rest = context.client().activities.list({ cursor: { page: 3 } });
    const tail = await rest.toArray({ limit: Number.POSITIVE_INFINITY });
    expect(tail).toHaveLength(total - 400);
    expect(rest.done).toBe(true);
  });

  it('keeps int64 ids beyond 2^53 exact', async () => {
    const { connect, plugin } = context;
    await connect();
    const [first] = await context.client().activities.list().toArray({ limit: 1 });
    const newest = plugin.data.fake.activities.at(-1);
    expect(first?.id).toBe(String(newest?.id));
    expect(BigInt(String(first?.id))).toBeGreaterThan(2n ** 53n);
    const detail = await context.client().activities.get(String(first?.id));
    expect(detail.id).toBe(first?.id);
    expect(typeof detail.upload_id).toBe('string');
  });

  it('lists oldest first with since, filters [since, until) and maps every activity', async () => {
    const { connect, plugin } = context;
    await connect();
    const fake = plugin.data.fake.activities;
    const since = new Date(fake[10]?.workout.startMs ?? 0);
    const until = new Date(fake[20]?.workout.startMs ?? 0);
    const activities = [];
    for await (const activity of context.client().listActivities({ since, until }))
      activities.push(activity);
    expect(activities.map((activity) => activity.externalId)).toEqual(
      fake.slice(10, 20).map((item) => String(item.id)),
    );
    const sports = new Set(activities.map((activity) => activity.sport));
    expect(
      [...sports].every((sport) => sport !== 'yoga' && sport !== 'meditation' && sport !== 'other'),
    ).toBe(true);
    expect(activities[0]?.timeZone).toBe(fake[10]?.workout.timeZone);
  });

  it('reads detail, laps, zones and streams, and maps samples', async () => {
    const { connect, plugin } = context;
    await connect();
    const ride = plugin.data.fake.activities.find((item) => item.workout.sport === 'ride');
    const id = String(ride?.id);
    const client = context.client();
    const detail = await client.activities.get(id);
    expect(detail.calories).toBe(ride?.workout.energyKcal);
    const laps = await client.activities.laps(id);
    expect(laps).toHaveLength(5);
    expect(laps[0]?.name).toBe('Lap 1');
    const zones = await client.activities.zones(id);
    expect(zones[0]?.type).toBe('heartrate');
    const seconds = zones[0]?.distribution_buckets.reduce((sum, bucket) => sum + bucket.time, 0);
    expect(seconds).toBe((ride?.workout.elapsedSeconds ?? 0) + 1);
    const streams = await client.activities.streams(id, { keys: ['heartrate', 'watts'] });
    expect(Object.keys(streams).sort()).toEqual(['distance', 'heartrate', 'time', 'watts']);
    const samples = await client.getSamples(id);
    expect(samples.activityId).toBe(`strava:${id}`);
    expect(samples.series.offsetsSeconds).toHaveLength((ride?.workout.elapsedSeconds ?? 0) + 1);
    expect(samples.series.latlng?.[0]).toEqual(ride?.workout.startLatLng);
    expect(samples.startTime).toBe(
      new Date(Math.floor((ride?.workout.startMs ?? 0) / 1000) * 1000).toISOString(),
    );
  });

  it('returns 404 as ProviderError', async () => {
    await context.connect();
    const error = await context
      .client()
      .activities.get('42')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ status: 404, endpoint: 'GET /api/v3/activities/42' });
  });

  it('creates a manual activity', async () => {
    const { connect, plugin } = context;
    await connect();
    const before = plugin.data.activities().length;
    const created = await context.client().activities.create({
      name: 'Gym',
      sportType: 'WeightTraining',
      startDateLocal: '2026-11-21T18:00:00',
      elapsedSeconds: 2700,
      description: 'Legs',
    });
    expect(created).toMatchObject({
      name: 'Gym',
      sport_type: 'WeightTraining',
      manual: true,
      description: 'Legs',
      elapsed_time: 2700,
    });
    // Read in the sandbox athlete's zone (Denver, UTC-6 at the timeline's start).
    expect(created.start_date).toBe('2026-11-22T00:00:00Z');
    expect(plugin.data.activities()).toHaveLength(before + 1);
  });

  it('needs activity:write to create, and a missing activity:read is AuthError missing_scope', async () => {
    await context.connect({ scope: ['read'] });
    const client = context.client();
    await expect(client.activities.list().toArray({ limit: 1 })).rejects.toMatchObject({
      name: 'AuthError',
      code: 'missing_scope',
    });
    await expect(
      client.activities.create({
        name: 'x',
        sportType: 'Run',
        startDateLocal: '2026-11-21T18:00:00',
        elapsedSeconds: 60,
      }),
    ).rejects.toMatchObject({
      code: 'missing_scope',
      message: expect.stringContaining('activity:write'),
    });
  });

  it('uploads a file (multipart) and polls until processed', async () => {
    const { connect, plugin, clock } = context;
    await connect();
    plugin.knobs.uploadPollsUntilReady = 3;
    const client = context.client();
    const upload = await client.uploads.create({
      file: new Uint8Array([1, 2, 3]),
      dataType: 'fit',
      externalId: 'ride-1.fit',
      name: 'Uploaded',
    });
    expect(upload.status).toBe('Your activity is still being processed.');
    expect(upload.activity_id).toBeNull();
    const done = await client.uploads.waitForActivity(upload);
    expect(done.status).toBe('Your activity is ready.');
    expect(clock.sleeps).toEqual([1000, 1000, 1000]);
    const activity = await client.activities.get(done.activity_id);
    expect(activity.name).toBe('Uploaded');
    const duplicate = await client.uploads.create({
      file: 'x',
      dataType: 'gpx',
      externalId: 'ride-1.fit',
    });
    await expect(client.uploads.waitForActivity(duplicate.id)).rejects.toMatchObject({
      name: 'ProviderError',
      message: expect.stringContaining('duplicate of activity'),
    });
  });
});

describe('client.athlete', () => {
  const context = useStravaSandbox();

  it('reads the athlete, zones and stats', async () => {
    await context.connect();
    const client = context.client();
    const athlete = await client.athlete.get();
    expect(athlete).toMatchObject({
      id: 12345678,
      firstname: 'Sandy',
      measurement_preference: 'feet',
    });
    const zones = await client.athlete.zones();
    expect(Array.isArray(zones) ? null : zones.heart_rate?.zones).toHaveLength(5);
    const stats = await client.athlete.stats();
    const runs = context.plugin.data.fake.activities.filter(
      (item) => item.workout.sport === 'run' || item.workout.sport === 'treadmill_run',
    );
    expect(stats.all_run_totals?.count).toBe(runs.length);
    expect(stats.all_run_totals?.count).toBeGreaterThan(0);
  });
});

describe('validation', () => {
  const context = useStravaSandbox();

  it('a malformed payload is a ValidationError with the path; warn mode reports and goes on', async () => {
    await context.connect();
    const malformed = [
      { id: 1, start_date: '2026-01-01T00:00:00Z' },
      { id: 2, name: 'no start' },
    ];
    context.sandbox.faults.inject({ kind: 'status', status: 200, body: malformed }, { times: 2 });
    const error = await context
      .client()
      .activities.list()
      .toArray({ limit: 5 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toEqual([1, 'start_date']);
    expect((error as ValidationError).endpoint).toBe('GET /api/v3/athlete/activities');
    const warnings: unknown[] = [];
    const lenient = context.client({
      validation: 'warn',
      onValidationWarning: (warning) => warnings.push(warning),
    });
    await expect(lenient.activities.list().toArray({ limit: 2 })).resolves.toHaveLength(2);
    expect(warnings).toHaveLength(1);
  });
});
