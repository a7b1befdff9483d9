import { ProviderError, RateLimitError, ValidationError } from '@fitlink/core';
import { GOOGLE_HEALTH_SLEEP_SCOPE, googleHealthRangeFilter } from '@fitlink/google-health';
import { useSandbox } from '@fitlink/testing/vitest';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { connect, googleHealthPlugin, NOW } from '../helpers.js';

describe('data points', () => {
  const sandbox = useSandbox(() => [googleHealthPlugin()]);

  it('pages with pageToken, newest first, and stops at an early break', async () => {
    const { client } = await connect(sandbox.plugin);
    const seen: string[] = [];
    const paginator = client.dataPoints.list('heart-rate', { pageSize: 100 });
    for await (const point of paginator) {
      seen.push(point.heartRate?.sampleTime.physicalTime ?? '');
      if (seen.length === 250) break;
    }
    expect(sandbox.plugin.stats.byRoute.dataPoints).toBe(3);
    expect(seen).toEqual([...seen].sort().reverse());
    // The cursor resumes on the page after the last one read.
    expect(paginator.cursor).toEqual({ token: expect.any(String) });
  });

  it('asks for Google’s largest page: 25 exercises, 10,000 samples per request', async () => {
    const { client } = await connect(sandbox.plugin);
    const exercises = await client.dataPoints.list('exercise').toArray({ limit: 1000 });
    const all = sandbox.plugin.data.dataPoints.exercise?.length ?? 0;
    expect(exercises).toHaveLength(all);
    expect(sandbox.plugin.stats.byRoute.dataPoints).toBe(Math.ceil(all / 25));
    const calls = sandbox.plugin.stats.calls.map((call) => call.url.searchParams.get('pageSize'));
    expect(new Set(calls)).toEqual(new Set(['25']));

    await client.dataPoints.list('heart-rate').toArray({ limit: 100_000 });
    expect(sandbox.plugin.stats.calls.at(-1)?.url.searchParams.get('pageSize')).toBe('10000');
    expect(() => client.dataPoints.list('sleep', { pageSize: 26 })).toThrow(/1 to 25/);
  });

  it('filters on the field Google supports for each kind of data', async () => {
    const since = new Date('2026-11-10T00:00:00Z');
    const until = new Date('2026-11-12T06:00:00Z');
    expect(googleHealthRangeFilter('steps', { since, until })).toBe(
      'steps.interval.start_time >= "2026-11-10T00:00:00.000Z" AND steps.interval.start_time < "2026-11-12T06:00:00.000Z"',
    );
    expect(googleHealthRangeFilter('heart-rate', { since })).toBe(
      'heart_rate.sample_time.physical_time >= "2026-11-10T00:00:00.000Z"',
    );
    expect(googleHealthRangeFilter('daily-resting-heart-rate', { since, until })).toBe(
      'daily_resting_heart_rate.date >= "2026-11-10" AND daily_resting_heart_rate.date < "2026-11-13"',
    );
    expect(googleHealthRangeFilter('exercise', { since, until })).toBe(
      'exercise.interval.civil_start_time >= "2026-11-09T10:00:00" AND exercise.interval.civil_start_time < "2026-11-12T20:00:00"',
    );
    expect(googleHealthRangeFilter('sleep', { since, until })).toBe(
      'sleep.interval.end_time >= "2026-11-10T00:00:00.000Z" AND sleep.interval.end_time < "2026-11-13T06:00:00.000Z"',
    );

    const { client } = await connect(sandbox.plugin);
    const steps = await client.dataPoints.list('steps', { since, until }).toArray({ limit: 1000 });
    expect(steps.length).toBeGreaterThan(0);
    for (const point of steps) {
      const start = Date.parse(point.steps?.interval.startTime ?? '');
      expect(start).toBeGreaterThanOrEqual(since.getTime());
      expect(start).toBeLessThan(until.getTime());
    }
  });

  it('reconciles, rolls up and rolls up by day (true zeros: the window is there, the sum is not)', async () => {
    const { client } = await connect(sandbox.plugin);
    const reconciled = await client.dataPoints
      .reconcile('exercise', { dataSourceFamily: 'google-wearables' })
      .toArray({ limit: 5 });
    expect(reconciled[0]?.dataPointName).toMatch(/dataTypes\/exercise\/dataPoints\/\d{19}$/);
    expect(sandbox.plugin.stats.calls.at(-1)?.url.searchParams.get('dataSourceFamily')).toBe(
      'users/me/dataSourceFamilies/google-wearables',
    );

    const since = new Date(NOW - 3 * 86_400_000);
    const hours = await client.dataPoints
      .rollUp('steps', { since, until: new Date(NOW), windowSeconds: 3600 })
      .toArray({ limit: 1000 });
    expect(hours.length).toBeGreaterThan(0);
    // The hour after lunch is worn and still: its window comes back without a countSum.
    expect(
      hours.some((hour) => hour.steps !== undefined && hour.steps.countSum === undefined),
    ).toBe(true);

    const days = await client.dataPoints.dailyRollUp('steps', {
      since: '2026-10-25',
      until: '2026-11-20',
    });
    const dates = days.map((day) => day.civilStartTime.date.day);
    expect(dates.length).toBeGreaterThan(10);
    await expect(
      client.dataPoints.dailyRollUp('total-calories', { since: '2026-10-01', until: '2026-11-20' }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it('the v4beta channel serves the same routes', async () => {
    const { client } = await connect(sandbox.plugin, { client: { channel: 'v4beta' } });
    await client.users.getIdentity();
    expect(sandbox.plugin.stats.calls.at(-1)?.url.pathname).toBe('/v4beta/users/me/identity');
  });

  it('a 403 names the data type’s scope', async () => {
    const { client } = await connect(sandbox.plugin, { scope: [GOOGLE_HEALTH_SLEEP_SCOPE] });
    const error = await client.dataPoints
      .list('heart-rate')
      .toArray({ limit: 1 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).message).toContain(
      'googlehealth.health_metrics_and_measurements.readonly',
    );
  });

  it('a 429 RESOURCE_EXHAUSTED with Retry-After past the caller’s bound is a RateLimitError', async () => {
    const { client } = await connect(sandbox.plugin);
    sandbox.plugin.knobs.rateLimit.spend('minute');
    const error = await client.users
      .getIdentity({ maxRateLimitWaitMs: 10 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('a malformed answer is a ValidationError with the path', async () => {
    const { client } = await connect(sandbox.plugin);
    sandbox.server.use(
      http.get('https://health.googleapis.com/v4/users/me/dataTypes/exercise/dataPoints', () =>
        HttpResponse.json({
          dataPoints: [{ exercise: { exerciseType: 'RUNNING', interval: { startTime: 'soon' } } }],
        }),
      ),
    );
    const error = await client.dataPoints
      .list('exercise')
      .toArray({ limit: 1 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    const paths = (error as ValidationError).issues.map((issue) => issue.path.join('.'));
    expect(paths).toContain('dataPoints.0.exercise.interval.startTime');
  });
});
