import { ErrorCodes, ProviderError, ValidationError } from '@fitlink/core';
import { decodeSmashrunPolyline } from '@fitlink/smashrun';
import { describe, expect, it } from 'vitest';
import { connectedClient, NOW, useSmashrunSandbox } from '../helpers.js';

describe('activities', () => {
  const world = useSmashrunSandbox({ days: 800 });

  it('pages with count=100 and stops fetching when the loop breaks', async () => {
    const { client } = await connectedClient(world);
    const { stats } = world.plugin;
    const seen: number[] = [];
    for await (const run of client.activities.list()) {
      seen.push(run.activityId);
      if (seen.length === 150) break;
    }
    const pages = stats.requestUrls.filter((url) => url.pathname === '/v1/my/activities/search');
    expect(
      pages.map((url) => [url.searchParams.get('page'), url.searchParams.get('count')]),
    ).toEqual([
      ['0', '100'],
      ['1', '100'],
    ]);
    expect(new Set(seen).size).toBe(150);
  });

  it('walks every page and stops at the short last page (no empty-page request)', async () => {
    const { client } = await connectedClient(world);
    const total = world.plugin.data.activities.length;
    expect(total).toBeGreaterThan(200);
    const runs = await client.activities.list().toArray({ limit: Number.POSITIVE_INFINITY });
    expect(runs).toHaveLength(total);
    const starts = runs.map((run) => Date.parse(run.startDateTimeLocal));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    const pages = world.plugin.stats.requestUrls.filter((url) => url.pathname.endsWith('/search'));
    expect(pages).toHaveLength(Math.ceil(total / 100));
  });

  it('syncs incrementally with fromDate (unix seconds UTC), which finds a run uploaded since', async () => {
    const { client } = await connectedClient(world);
    const since = new Date(NOW - 3 * 86_400_000);
    const recent = await client.activities.list({ since }).toArray({ limit: 1000 });
    const request = world.plugin.stats.requestUrls.at(-1);
    expect(request?.searchParams.get('fromDate')).toBe(String(Math.floor(since.getTime() / 1000)));
    expect(request?.searchParams.has('fromDateUTC')).toBe(false);
    const expected = world.plugin.data.activities.filter(
      (run) => Date.parse(`${run.dateUpdatedUTC}Z`) >= since.getTime(),
    );
    expect(recent.map((run) => run.activityId)).toEqual(expected?.map((run) => run.activityId));
    expect(recent.length).toBeGreaterThan(0);

    // A run uploaded later (sandbox time moves on) is what the next sync with the new cursor finds.
    const cursor = new Date(world.clock.now());
    world.clock.advance(60_000);
    await client.activities.upload({
      json: { startDateTimeLocal: '2026-11-22T05:00:00-07:00', distance: 5, duration: 1500 },
    });
    const next = await client.activities.list({ since: cursor }).toArray({ limit: 10 });
    expect(next.map((run) => run.distance)).toEqual([5]);
  });

  it('searches in the briefs, ids and extended styles', async () => {
    const { client } = await connectedClient(world);
    const since = new Date(NOW - 10 * 86_400_000);
    const ids = await client.activities.search({ style: 'ids', since });
    const briefs = await client.activities.search({ style: 'briefs', since });
    const extended = await client.activities.search({ style: 'extended', since, pageSize: 2 });
    expect(briefs.map((brief) => brief.activityId)).toEqual(ids);
    expect(Object.keys(briefs[0] ?? {}).sort()).toEqual([
      'activityId',
      'distance',
      'duration',
      'startDateTimeLocal',
    ]);
    expect(extended).toHaveLength(2);
    expect(extended[0]?.recordingKeys?.[0]).toBe('clock');
    await expect(client.activities.search({ pageSize: 101 })).rejects.toMatchObject({
      code: ErrorCodes.invalidArgument,
    });
  });

  it('reads the latest run, one run, every summary, its splits, route, notables and samples', async () => {
    const { client } = await connectedClient(world);
    const latest = await client.activities.latest();
    const all = await client.activities.all();
    expect(latest?.activityId).toBe(all[0]?.activityId);
    expect(all[0]).not.toHaveProperty('recordingKeys');
    const outdoor = all.find((run) => run.isTreadmill === 0);
    const id = outdoor?.activityId ?? 0;
    const run = await client.activities.get(id);
    expect(run.recordingKeys).toEqual([
      'clock',
      'distance',
      'latitude',
      'longitude',
      'elevation',
      'heartRate',
      'cadence',
      'speed',
    ]);

    const splits = await client.activities.splits(id);
    expect(splits).toHaveLength(Math.ceil(run.distance));
    expect(splits[0]?.cumulativeDistance).toBeGreaterThanOrEqual(1);
    const miles = await client.activities.splits(id, { unit: 'mi' });
    expect(miles.length).toBe(Math.ceil(run.distance / 1.609344));

    const polyline = await client.activities.polyline(id);
    const points = decodeSmashrunPolyline(polyline ?? '');
    const latitudes = run.recordingValues?.[2] ?? [];
    expect(points).toHaveLength(latitudes.length);
    expect(points[1]?.[0]).toBeCloseTo(latitudes[1] ?? 0, 5);

    const samples = await client.getSamples(id);
    expect(samples?.activityId).toBe(`smashrun:${id}`);
    expect(samples?.series.latlng?.[1]?.[0]).toBe(latitudes[1]);
    expect(samples?.series.distanceMetres?.at(-1)).toBeCloseTo(run.distance * 1000, -1);

    const notables = await client.activities.notables(id);
    expect(Array.isArray(notables)).toBe(true);
  });

  it('has no route for a treadmill run and 404 for an unknown run', async () => {
    const { client } = await connectedClient(world);
    const treadmill = (await client.activities.all()).find((run) => run.isTreadmill === 1);
    expect(await client.activities.polyline(treadmill?.activityId ?? 0)).toBeNull();
    const error = await client.activities.get(1).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).status).toBe(404);
  });

  it('uploads JSON, TCX, GPX and FIT runs; uploads need write_activity', async () => {
    const { client } = await connectedClient(world);
    await expect(
      client.activities.upload({
        json: { startDateTimeLocal: '2026-11-21T06:00:00-07:00', distance: 8, duration: 2400 },
      }),
    ).resolves.toEqual([expect.any(Number)]);
    await expect(
      client.activities.upload({ tcx: '<TrainingCenterDatabase/>' }),
    ).resolves.toHaveLength(1);
    await expect(client.activities.upload({ gpx: '<gpx/>' })).resolves.toHaveLength(1);
    await expect(
      client.activities.upload({ fit: new Uint8Array([14, 16, 8, 0]) }),
    ).resolves.toHaveLength(1);

    const readOnly = await connectedClient(world, { scope: ['read_activity'] });
    const error = await readOnly.client.activities
      .upload({ gpx: '<gpx/>' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).code).toBe(ErrorCodes.forbidden);
    expect((error as ProviderError).message).toContain('write_activity');
  });

  it('lists normalized activities in [since, until)', async () => {
    const { client } = await connectedClient(world);
    const since = new Date(NOW - 14 * 86_400_000);
    const until = new Date(NOW - 7 * 86_400_000);
    const activities = [];
    for await (const activity of client.listActivities({ since, until })) activities.push(activity);
    const expected = world.plugin.data.activities.filter((run) => {
      const start = Date.parse(run.startDateTimeLocal);
      return start >= since.getTime() && start < until.getTime();
    });
    expect(activities.map((a) => a.externalId)).toEqual(
      expected.map((run) => String(run.activityId)),
    );
    expect(activities.every((a) => a.sport === 'run' || a.sport === 'treadmill_run')).toBe(true);
  });
});

describe('activities with a broken fake', () => {
  // The sandbox must send the malformed run as is, not answer 500 for it.
  const world = useSmashrunSandbox({}, { validateAnswers: false });

  it('turns a malformed answer into a ValidationError with the path', async () => {
    const { client } = await connectedClient(world);
    const data = world.plugin.data;
    const first = data?.activities[0];
    if (first) (first as { distance: unknown }).distance = '11.2';
    const error = await client.activities
      .search({ pageSize: 1 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toEqual([0, 'distance']);
  });
});
