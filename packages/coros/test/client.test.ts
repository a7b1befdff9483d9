import { AuthError } from '@fitlink/core';
import { CorosResultError, corosDate } from '@fitlink/coros';
import { COROS_SANDBOX_OPEN_ID } from '@fitlink/coros/testing';
import { describe, expect, it } from 'vitest';
import { connectedClient, NOW, useCorosSandbox } from './helpers.js';

const DAY_MS = 86_400_000;

describe('createCorosClient', () => {
  const world = useCorosSandbox();

  it('authenticates with token and openId query parameters', async () => {
    const { client, tokens } = await connectedClient(world);
    expect(await client.user.isBound()).toBe(true);
    const [call] = world.plugin.stats.calls;
    expect(call?.url.searchParams.get('token')).toBe(tokens.accessToken);
    expect(call?.url.searchParams.get('openId')).toBe(COROS_SANDBOX_OPEN_ID);
  });

  it('lists 90 days of workouts in 30-day windows, YYYYMMDD inclusive, ids exact', async () => {
    const { client } = await connectedClient(world);
    const since = new Date(NOW - 90 * DAY_MS);
    const activities = await client.listActivities({ since }).toArray({ limit: Infinity });
    const windows = world.plugin.stats.calls.filter((call) => call.route === 'activities');
    // 90 days widened by a day on each side and cut at UTC midnights: 92 days, 4 windows.
    expect(windows).toHaveLength(4);
    for (const call of windows) {
      const from = call.url.searchParams.get('startDate') ?? '';
      const to = call.url.searchParams.get('endDate') ?? '';
      expect(from).toMatch(/^\d{8}$/);
      expect(to >= from).toBe(true);
    }
    expect(windows[0]?.url.searchParams.get('startDate')).toBe(
      corosDate(new Date(NOW - 91 * DAY_MS)),
    );
    const expected = world.plugin.data.activities.filter(
      (workout) => workout.startTime * 1000 >= since.getTime() && workout.startTime * 1000 < NOW,
    );
    expect(activities).toHaveLength(expected.length);
    expect(activities.map((activity) => activity.externalId)).toEqual(
      expected.map((workout) => workout.labelId),
    );
    // The fake's ids pass 2^53 and are sent as bare numbers: they arrive exact.
    expect(BigInt(activities[0]?.externalId ?? '0') > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(world.plugin.stats.invalidAnswers).toEqual([]);
  });

  it('an early break fetches no further window', async () => {
    const { client } = await connectedClient(world);
    for await (const activity of client.listActivities({ since: new Date(NOW - 90 * DAY_MS) })) {
      expect(activity.provider).toBe('coros');
      break;
    }
    expect(world.plugin.stats.byRoute.activities).toBe(1);
  });

  it('resumes a listing from its window cursor', async () => {
    const { client } = await connectedClient(world);
    const since = new Date(NOW - 60 * DAY_MS);
    const first = client.listActivities({ since });
    for await (const _ of first) break;
    const cursor = first.cursor;
    expect(cursor?.windowStart).toBeTypeOf('string');
    const rest = await client.listActivities({ since, cursor }).toArray({ limit: Infinity });
    const all = await client.listActivities({ since }).toArray({ limit: Infinity });
    expect(rest.length).toBeGreaterThan(0);
    expect(all.slice(-rest.length).map((a) => a.id)).toEqual(rest.map((a) => a.id));
  });

  it('lists daily summaries and nights from daily data', async () => {
    const { client } = await connectedClient(world);
    const since = new Date(NOW - 14 * DAY_MS);
    const days = await client.listDailySummaries({ since }).toArray({ limit: Infinity });
    const nights = await client.listSleep({ since }).toArray({ limit: Infinity });
    expect(days.length).toBeGreaterThanOrEqual(13);
    expect(nights.length).toBeGreaterThanOrEqual(13);
    const day = days.at(-1);
    const wire = world.plugin.data.daily.find(
      (entry) => String(entry.happenDay) === day?.date.replaceAll('-', ''),
    );
    expect(day?.restingHeartRateBpm).toBe(wire?.rhr);
    expect(day?.hrvRmssdMs).toBe(wire?.ppgHrv);
    expect(nights.every((night) => night.deepSeconds === null && night.isNap === false)).toBe(true);
  });

  it('gets a fresh FIT URL', async () => {
    const { client } = await connectedClient(world);
    const workout = world.plugin.data.activities[0];
    const url = await client.activities.fitUrl({
      labelId: workout?.labelId ?? '',
      mode: workout?.mode ?? 0,
      subMode: workout?.subMode,
    });
    expect(url).toBe(`https://oss.coros.com/fit/${workout?.labelId}.fit?Signature=fresh`);
  });

  it('uploads a FIT file, polls until done, and reports a duplicate upload', async () => {
    const { client } = await connectedClient(world);
    const file = new TextEncoder().encode('.FIT sandbox bytes');
    const status = await client.activities.uploadAndWait({ file, pollIntervalMs: 0 });
    expect(status).toEqual({ status: 2, labelId: '461734982359399999' });
    const duplicate = await client.activities.upload({ file }).catch((caught: unknown) => caught);
    expect(duplicate).toBeInstanceOf(CorosResultError);
    expect(duplicate).toMatchObject({ result: '5082', kind: 'duplicate', retryable: false });
  });

  it.each([
    ['30009', 'permission', false],
    ['5016', 'retryable', true],
  ] as const)(
    'an envelope with result %s is a CorosResultError (%s)',
    async (result, kind, retryable) => {
      const { client, tokens } = await connectedClient(world);
      world.plugin.knobs.apiResult = result;
      const error = await client.user.info().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(CorosResultError);
      expect(error).toMatchObject({ result, kind, retryable, provider: 'coros' });
      expect(JSON.stringify(error)).not.toContain(tokens.accessToken);
    },
  );

  it('5010 (unknown openId) is an AuthError asking to reconnect', async () => {
    const { client } = await connectedClient(world);
    world.plugin.knobs.apiResult = '5010';
    const error = await client.user.isBound().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ reconnect: true, oauthError: '5010' });
  });

  it('extends an expiring token once for 20 concurrent calls, keeping both tokens', async () => {
    const { client, store, key, tokens } = await connectedClient(world, {
      expiresInSeconds: 3600,
    });
    await Promise.all(Array.from({ length: 20 }, () => client.user.isBound()));
    expect(world.plugin.stats.refreshes).toBe(1);
    const stored = await store.get(key);
    expect(stored?.accessToken).toBe(tokens.accessToken);
    expect(stored?.refreshToken).toBe(tokens.refreshToken);
    expect(stored?.expiresAt).toBe(NOW + 30 * DAY_MS);
  });
});
