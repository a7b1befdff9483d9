import { ErrorCodes } from '@fitlink/core';
import { describe, expect, it } from 'vitest';
import { connectedClient, useSmashrunSandbox } from '../helpers.js';

describe('user, stats, badges and body weight', () => {
  const world = useSmashrunSandbox();

  it('reads the user info and profile', async () => {
    const { client } = await connectedClient(world);
    const user = await client.user.get();
    expect(user).toMatchObject({
      id: 2604117,
      firstName: 'Sandy',
      lastName: 'Box',
      unitDistance: 'k',
    });
    expect(await client.getProfile()).toMatchObject({
      id: 'smashrun:2604117',
      name: 'Sandy Box',
      units: 'metric',
      timeZone: 'America/Denver',
    });
  });

  it('reads lifetime, yearly and monthly stats', async () => {
    const { client } = await connectedClient(world);
    const runs = world.plugin.data.activities;
    const lifetime = await client.stats.get();
    expect(lifetime.runCount).toBe(runs.length);
    const november = await client.stats.get({ year: 2026, month: 11 });
    expect(november.runCount).toBe(
      runs.filter((run) => run.startDateTimeLocal.startsWith('2026-11')).length,
    );
    expect(november.averagePace).toMatch(/^\d+:\d{2}$/);
    const paths = world.plugin.stats.requestUrls.map((url) => url.pathname);
    expect(paths).toEqual(['/v1/my/stats', '/v1/my/stats/2026/11']);
    await expect(client.stats.get({ month: 3 })).rejects.toMatchObject({
      code: ErrorCodes.invalidArgument,
    });
  });

  it('lists badges and records and reads body weight', async () => {
    const { client } = await connectedClient(world);
    const badges = await client.badges.list();
    expect(badges[0]).toMatchObject({ badgeId: 1, name: 'First Run' });
    const weights = await client.body.weights();
    expect(weights.length).toBeGreaterThan(10);
    await client.body.recordWeight({ date: '2026-11-22', weightInKilograms: 67.9 });
    expect(await client.body.latestWeight()).toEqual({
      date: '2026-11-22',
      weightInKilograms: 67.9,
    });
  });
});
