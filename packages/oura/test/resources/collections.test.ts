import { ProviderError } from '@fitlink/core';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { connect, NOW, ouraPlugin } from '../helpers.js';

describe('Oura resources', () => {
  const sandbox = useSandbox(() => [ouraPlugin({ pageSize: 5 })]);

  it('pages workouts with next_token and stops fetching after an early break', async () => {
    const { client } = await connect(sandbox.plugin);
    const all = await client.workouts
      .list({ startDate: '2026-10-01', endDate: '2026-11-20' })
      .toArray({ limit: 1000 });
    expect(all.length).toBe(sandbox.plugin.data.workouts.length);
    const pages = sandbox.plugin.stats.byRoute.workouts ?? 0;
    expect(pages).toBe(Math.ceil(all.length / 5));

    let seen = 0;
    for await (const _workout of client.workouts.list({ startDate: '2026-10-01' })) {
      seen += 1;
      if (seen === 7) break;
    }
    // Two more pages (5 + 2 items), not the whole list.
    expect(sandbox.plugin.stats.byRoute.workouts).toBe(pages + 2);
  });

  it('filters daily documents by local day, both ends inclusive, and gets one by id', async () => {
    const { client } = await connect(sandbox.plugin);
    const days = await client.daily.readiness
      .list({ startDate: '2026-11-10', endDate: '2026-11-12' })
      .toArray({ limit: 10 });
    expect(days.map((day) => day.day)).toEqual(['2026-11-10', '2026-11-11', '2026-11-12']);
    const first = days[0];
    expect(await client.daily.readiness.get(first?.id ?? '')).toEqual(first);
  });

  it('a start after the end is a 422 with Oura’s message; an unknown id a 404', async () => {
    const { client } = await connect(sandbox.plugin);
    await expect(
      client.tags.list({ startDate: '2025-01-15', endDate: '2024-01-16' }).toArray({ limit: 1 }),
    ).rejects.toThrow(/Start date must be before end date/);
    const missing = await client.daily.sleep.get('not-existing').catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(ProviderError);
    expect(missing).toMatchObject({ status: 404 });
  });

  it('a scope the user did not grant is a 403 naming the scope', async () => {
    const { client } = await connect(sandbox.plugin, { scope: ['personal', 'daily'] });
    await expect(client.workouts.list().toArray({ limit: 1 })).rejects.toThrow(/workout scope/);
  });

  it('reads heart rate in windows of at most 30 days with datetimes', async () => {
    const { client } = await connect(sandbox.plugin);
    const since = new Date(NOW - 40 * 86_400_000);
    const readings = await client.heartRate
      .list({ since, until: new Date(NOW) })
      .toArray({ limit: 100_000 });
    expect(readings.length).toBe(sandbox.plugin.data.heartRate.length);
    const calls = sandbox.plugin.stats.calls.filter((call) => call.route === 'heartRate');
    expect(calls.length).toBeGreaterThanOrEqual(2);
    for (const call of calls) {
      const start = Date.parse(call.url.searchParams.get('start_datetime') ?? '');
      const end = Date.parse(call.url.searchParams.get('end_datetime') ?? '');
      expect(end - start).toBeLessThanOrEqual(30 * 86_400_000);
      expect(call.url.searchParams.has('start_date')).toBe(false);
    }
  });

  it('reads personal info, sessions, tags and the ring', async () => {
    const { client } = await connect(sandbox.plugin);
    expect((await client.user.getPersonalInfo()).id).toBe('sandbox-user-1');
    expect(
      (await client.sessions.list({ startDate: '2026-10-01' }).toArray({ limit: 100 })).length,
    ).toBe(sandbox.plugin.data.sessions.length);
    expect((await client.tags.list().toArray({ limit: 10 })).length).toBe(1);
    expect((await client.rings.list().toArray({ limit: 10 }))[0]).toMatchObject({
      hardware_type: 'gen4',
    });
  });
});
