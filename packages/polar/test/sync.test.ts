import { mapPolarTrainingSession } from '@fitlink/polar';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { connect, NOW, polarPlugin } from './helpers.js';

const DAY = 86_400_000;

describe('v4 sync of 90 days in the fewest requests', () => {
  const sandbox = useSandbox(() => [polarPlugin()]);

  it('lists 90 days of training sessions with 3 requests: the sports catalogue and two ranges', async () => {
    const { client } = await connect(sandbox.plugin);
    const since = new Date(NOW - 90 * DAY);
    const until = new Date(NOW);
    const activities = await client.listActivities({ since, until }).toArray({ limit: Infinity });

    // A 90-day span of instants touches 92 local dates (UTC−12 … UTC+14): two 90-day ranges.
    expect(sandbox.plugin.stats.byRoute).toEqual({ sports: 1, trainingSessions: 2 });
    const calls = sandbox.plugin.stats.calls.filter((call) => call.route === 'trainingSessions');
    expect(
      calls.map((call) => [call.url.searchParams.get('from'), call.url.searchParams.get('to')]),
    ).toEqual([
      ['2026-08-22', '2026-11-20'],
      ['2026-11-20', '2026-11-22'],
    ]);
    expect(calls.every((call) => !call.url.searchParams.has('features'))).toBe(true);

    // Every session of the timeline that starts in the range, exactly once, in SI units.
    const names = new Map(sandbox.plugin.data.sports.map((s) => [s.identifier.id, s.nameKey]));
    const expected = sandbox.plugin.data.trainingSessions
      .map((session) => mapPolarTrainingSession(session, { sportNames: names }))
      .filter((a) => Date.parse(a.startTime) >= since.getTime() && Date.parse(a.startTime) < NOW);
    expect(activities.map((a) => a.id).sort()).toEqual(expected.map((a) => a.id).sort());
    expect(activities.length).toBeGreaterThan(40);
    expect(new Set(activities.map((a) => a.sport)).has('other')).toBe(true); // meditation
    expect(activities.some((a) => a.sport === 'run')).toBe(true);
  });

  it('reads sleep in 30-day ranges and Nightly Recharge in 28-day ranges', async () => {
    const { client } = await connect(sandbox.plugin);
    const since = new Date(NOW - 90 * DAY);
    const until = new Date(NOW);
    const sleeps = await client.listSleep({ since, until }).toArray({ limit: Infinity });
    const days = await client.listDailySummaries({ since, until }).toArray({ limit: Infinity });
    // 92 local dates: ⌈92 / 30⌉ = 4 sleep ranges; ⌈92 / 28⌉ = 4 windows of recharge + activity.
    expect(sandbox.plugin.stats.byRoute).toEqual({ sleeps: 4, nightlyRecharge: 4, activity: 4 });
    expect(sleeps.length).toBeGreaterThanOrEqual(88);
    expect(new Set(sleeps.map((s) => s.id)).size).toBe(sleeps.length);
    expect(days.length).toBeGreaterThanOrEqual(89);
    expect(days.every((d) => d.hrvRmssdMs !== null && d.recoveryScore !== null)).toBe(true);
    expect(days.every((d) => d.steps !== null && d.energyKcal !== null)).toBe(true);
    expect(new Set(days.map((d) => d.date)).size).toBe(days.length);
  });

  it('with features asks one day per request, and only for the days that have sessions', async () => {
    const { client } = await connect(sandbox.plugin);
    const since = new Date(NOW - 90 * DAY);
    const until = new Date(NOW);
    const detailed = await client.trainingSessions
      .listDetailed({ since, until, features: ['zones'] })
      .toArray({ limit: Infinity });
    const days = new Set(sandbox.plugin.data.trainingSessions.map((s) => s.startTime.slice(0, 10)));
    const inRange = [...days].filter((d) => d >= '2026-08-22' && d < '2026-11-22');
    expect(sandbox.plugin.stats.byRoute.trainingSessions).toBe(2 + inRange.length);
    expect(inRange.length).toBeLessThan(92);
    expect(detailed.every((session) => session.zones?.heartRate?.length === 5)).toBe(true);
    const withFeatures = sandbox.plugin.stats.calls.filter((c) =>
      c.url.searchParams.has('features'),
    );
    expect(
      withFeatures.every((c) => {
        const from = Date.parse(c.url.searchParams.get('from') ?? '');
        return Date.parse(c.url.searchParams.get('to') ?? '') - from === DAY;
      }),
    ).toBe(true);
  });

  it('stops reading when the loop stops (early break spares the second range)', async () => {
    const { client } = await connect(sandbox.plugin);
    for await (const activity of client.listActivities({
      since: new Date(NOW - 90 * DAY),
      until: new Date(NOW),
    })) {
      expect(activity.provider).toBe('polar');
      break;
    }
    expect(sandbox.plugin.stats.byRoute.trainingSessions).toBe(1);
  });

  it('resumes from a saved cursor without reading the first range again', async () => {
    const { client } = await connect(sandbox.plugin);
    const range = { since: new Date(NOW - 90 * DAY), until: new Date(NOW) };
    // The cursor of the second range, as a run that stopped after the first one saved it.
    const cursor = { windowStart: '2026-11-20T00:00:00.000Z' };
    const rest = await client.listActivities({ ...range, cursor }).toArray({ limit: Infinity });
    expect(rest.every((a) => a.startTime >= '2026-11-19')).toBe(true);
    expect(sandbox.plugin.stats.byRoute.trainingSessions).toBe(1);
    expect(sandbox.plugin.stats.calls[0]?.url.searchParams.get('from')).toBe('2026-11-20');
  });

  it('Polar refuses more than 90 days, or features over more than one day (400)', async () => {
    const { client } = await connect(sandbox.plugin);
    const raw = (query: Record<string, string | string[]>) =>
      client.http.request({ path: 'training-sessions/list', query });
    await expect(raw({ from: '2026-01-01', to: '2026-05-01' })).rejects.toMatchObject({
      status: 400,
    });
    await expect(
      raw({ from: '2026-11-01', to: '2026-11-03', features: ['zones'] }),
    ).rejects.toMatchObject({
      status: 400,
    });
  });
});
