import {
  AuthError,
  ErrorCodes,
  ProviderError,
  RateLimitError,
  ValidationError,
} from '@fitlink/core';
import { PELOTON_API_BASE_URL } from '@fitlink/peloton';
import { PELOTON_SANDBOX_USER_ID } from '@fitlink/peloton/testing';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { connect, fakeClock, NOW, usePelotonSandbox } from '../helpers.js';

const ctx = usePelotonSandbox();

describe('workouts', () => {
  it('pages newest first over several pages and stops fetching on break', async () => {
    const { client } = await connect();
    const all = ctx.plugin.data?.workouts ?? [];
    expect(all.length).toBeGreaterThan(12);
    const seen: string[] = [];
    const paginator = client.workouts.list({ pageSize: 5 });
    for await (const workout of paginator) {
      seen.push(workout.id);
      if (seen.length === 12) break;
    }
    expect(seen).toEqual(all.slice(0, 12).map((w) => w.id));
    expect(ctx.plugin.stats.byRoute.userWorkouts).toBe(3);
    expect(paginator.cursor).toEqual({ page: 2 });
    // The class and its instructor are joined.
    const first = await client.workouts.list({ pageSize: 1, maxPages: 1 }).toArray({ limit: 1 });
    expect(first[0]?.ride?.instructor?.name).toBeTypeOf('string');
  });

  it('walks every page to the end without an empty-page request', async () => {
    const { client } = await connect();
    const all = await client.workouts
      .list({ pageSize: 100 })
      .toArray({ limit: Number.POSITIVE_INFINITY });
    expect(all).toHaveLength(ctx.plugin.data?.workouts.length ?? -1);
    expect(ctx.plugin.stats.byRoute.userWorkouts).toBe(Math.ceil(all.length / 100));
  });

  it("filters with since/until windows (Peloton's from/to)", async () => {
    const { client } = await connect();
    const since = new Date(NOW - 7 * 86_400_000);
    const workouts = await client.workouts
      .list({ since, until: new Date(NOW) })
      .toArray({ limit: 1000 });
    expect(workouts.length).toBeGreaterThan(0);
    expect(workouts.every((w) => w.created_at * 1000 >= since.getTime())).toBe(true);
  });

  it('reads a workout, its summary, graph and class details', async () => {
    const { client } = await connect();
    const fake = ctx.plugin.data;
    const cycling = fake?.workouts.find((w) => w.fitness_discipline === 'cycling');
    const outdoor = fake?.workouts.find((w) => w.is_outdoor);
    if (!cycling || !outdoor) throw new Error('sandbox has no ride or outdoor run');
    expect((await client.workouts.get(cycling.id)).ride?.title).toBe(cycling.ride?.title);
    const summary = await client.workouts.summary(cycling.id);
    expect(summary.total_work).toBe(cycling.total_work);
    const details = await client.rides.details(cycling.ride?.id ?? '');
    expect(details?.segments?.segment_list?.map((s) => s.name)).toEqual([
      'Warmup',
      'Main',
      'Cool Down',
    ]);
    // Audio classes have no segments: Peloton's 404 is `null`, not an error.
    expect(await client.rides.details(outdoor.ride?.id ?? '')).toBeNull();
    const samples = await client.getSamples(outdoor.id, { everyN: 30 });
    expect(samples.series.latlng?.[0]).toEqual(expect.any(Array));
    expect(ctx.plugin.stats.missingPlatformHeader).toBe(0);
  });

  it('fetches totals a few workouts at a time, yields in order, and stops early', async () => {
    const { client } = await connect();
    let inFlight = 0;
    let most = 0;
    // Runs before the sandbox's handlers: count concurrent graph requests, then fall through.
    ctx.server.use(
      http.get(`${PELOTON_API_BASE_URL}/api/workout/:id/performance_graph`, async () => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight -= 1;
        return undefined;
      }),
    );
    const since = new Date(NOW - 30 * 86_400_000);
    const until = new Date(NOW);
    const ordered = await client.workouts.list({ since, until }).toArray({ limit: 1000 });
    const seen: string[] = [];
    for await (const activity of client.listActivities({ since, until, totalsConcurrency: 3 })) {
      seen.push(activity.externalId);
    }
    expect(seen).toEqual(
      ordered.filter((w) => w.start_time * 1000 >= since.getTime()).map((w) => w.id),
    );
    expect(most).toBe(3);

    const before = ctx.plugin.stats.byRoute.performanceGraph ?? 0;
    for await (const _activity of client.listActivities({ since, until, totalsConcurrency: 3 }))
      break;
    const after = ctx.plugin.stats.byRoute.performanceGraph ?? 0;
    expect(after - before).toBe(3);
    // A paginator checks its options when it is made, like core's strategies.
    expect(() => client.listActivities({ since, totalsConcurrency: 0 })).toThrow(RangeError);
  });

  it('lists normalized activities in a range, with Peloton quirks handled', async () => {
    const { client } = await connect();
    const since = new Date(NOW - 14 * 86_400_000);
    const activities = [];
    for await (const activity of client.listActivities({ since, until: new Date(NOW) }))
      activities.push(activity);
    const expected = (ctx.plugin.data?.workouts ?? []).filter(
      (w) => w.start_time * 1000 >= since.getTime(),
    );
    expect(activities.map((a) => a.externalId)).toEqual(expected.map((w) => w.id));
    const sports = new Set(activities.map((a) => a.sport));
    expect(
      [...sports].every((s) =>
        [
          'indoor_ride',
          'treadmill_run',
          'run',
          'indoor_row',
          'strength_training',
          'yoga',
          'meditation',
        ].includes(s),
      ),
    ).toBe(true);
    const ride = activities.find((a) => a.sport === 'indoor_ride');
    expect(ride?.distanceMetres).toBeGreaterThan(0);
    expect(ride?.workKilojoules).toBeGreaterThan(0);
    const fixedZone = activities.find((a) => a.timeZone?.startsWith('Etc/GMT+'));
    expect(fixedZone?.utcOffsetMinutes).toBe(-Number(fixedZone?.timeZone?.slice(8)) * 60);
  });

  it('lists instructors without credentials', async () => {
    const { client } = await connect();
    const instructors = await client.instructors.list({ pageSize: 2 }).toArray({ limit: 100 });
    expect(instructors.map((i) => i.name)).toEqual([
      'Avery Quinn',
      'Jordan Vale',
      'Riley Stone',
      'Morgan Hale',
      'Casey Rowe',
    ]);
    expect((await client.instructors.get(instructors[2]?.id ?? '')).username).toBe('RileyRows');
  });
});

describe('rate limits and errors', () => {
  it("waits out Cloudflare's 429 with Retry-After on an injected clock", async () => {
    const clock = fakeClock();
    const { client } = await connect({ clock, userId: PELOTON_SANDBOX_USER_ID });
    ctx.sandbox.faults.inject(
      { kind: 'rate-limit', retryAfterSeconds: 20 },
      { times: 2, match: PELOTON_API_BASE_URL },
    );
    const me = await client.user.me();
    expect(me.id).toBe(PELOTON_SANDBOX_USER_ID);
    expect(clock.sleeps).toEqual([20_000, 20_000]);
  });

  it('throws RateLimitError when the wait exceeds the bound', async () => {
    const { client } = await connect({ clock: fakeClock(), maxRateLimitWaitMs: 5_000 });
    ctx.sandbox.faults.inject(
      { kind: 'rate-limit', retryAfterSeconds: 30 },
      { match: PELOTON_API_BASE_URL },
    );
    const error = await client.user.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAt.getTime()).toBe(NOW + 30_000);
  });

  it("maps Peloton's 401 body to AuthError after one refresh attempt", async () => {
    const { client } = await connect();
    ctx.server.use(
      http.get(`${PELOTON_API_BASE_URL}/api/me`, () =>
        HttpResponse.json(
          { status: 401, error_code: 3020, message: 'Not logged in' },
          { status: 401 },
        ),
      ),
    );
    const error = await client.user.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).code).toBe(ErrorCodes.unauthorized);
    expect((error as AuthError).message).toContain('Not logged in (error_code 3020)');
    expect(ctx.plugin.auth.stats.refreshRequests).toBe(1);
  });

  it("maps Peloton's 403 and 404 bodies to ProviderError", async () => {
    const { client } = await connect();
    ctx.server.use(
      http.get(`${PELOTON_API_BASE_URL}/api/instructor/:id`, () =>
        HttpResponse.json(
          { status: 403, message: 'Access forbidden. Endpoint no longer accepting requests.' },
          { status: 403 },
        ),
      ),
    );
    const forbidden = await client.instructors.get('x').catch((e: unknown) => e);
    expect(forbidden).toBeInstanceOf(ProviderError);
    expect((forbidden as ProviderError).code).toBe(ErrorCodes.forbidden);
    const missing = await client.workouts.get('0'.repeat(32)).catch((e: unknown) => e);
    expect((missing as ProviderError).status).toBe(404);
    expect((missing as ProviderError).message).toContain('Workout not found');
  });

  it('in warn mode hands the ValidationError to onValidationWarning and keeps the data', async () => {
    const warnings: unknown[] = [];
    const { client } = await connect({
      userId: PELOTON_SANDBOX_USER_ID,
      validation: 'warn',
      onValidationWarning: (error) => warnings.push(error),
    });
    ctx.server.use(
      http.get(`${PELOTON_API_BASE_URL}/api/user/:id/workouts`, () =>
        HttpResponse.json({
          data: [
            { id: 'abc', created_at: '2026-11-01', start_time: 1, fitness_discipline: 'cycling' },
          ],
        }),
      ),
    );
    const [workout] = await client.workouts.list({ maxPages: 1 }).toArray({ limit: 1 });
    expect(workout?.id).toBe('abc');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toBeInstanceOf(ValidationError);
    expect((warnings[0] as ValidationError).issues[0]?.path).toEqual(['data', 0, 'created_at']);
  });

  it('reports a malformed payload as a ValidationError with the path', async () => {
    const { client } = await connect({ userId: PELOTON_SANDBOX_USER_ID });
    ctx.server.use(
      http.get(`${PELOTON_API_BASE_URL}/api/user/:id/workouts`, () =>
        HttpResponse.json({
          data: [
            { id: 'abc', created_at: '2026-11-01', start_time: 1, fitness_discipline: 'cycling' },
          ],
        }),
      ),
    );
    const error = await client.workouts
      .list()
      .toArray({ limit: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toEqual(['data', 0, 'created_at']);
  });
});
