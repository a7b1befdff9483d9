import { useSandbox } from '@fitlink/testing/vitest';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { connect, NOW, polarPlugin } from './helpers.js';

const DAY = 86_400_000;

describe('v4 resources', () => {
  const sandbox = useSandbox(() => [polarPlugin()]);
  const range = { since: new Date(NOW - 10 * DAY), until: new Date(NOW) };

  it('reads activity, continuous heart rate and Nightly Recharge in Polar’s shapes', async () => {
    const { client } = await connect(sandbox.plugin);
    const days = await client.activity.list(range).toArray({ limit: Infinity });
    expect(days.length).toBeGreaterThanOrEqual(10);
    expect(days[0]).toMatchObject({
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      steps: expect.any(Number),
    });
    const samples = await client.continuousSamples.list(range).toArray({ limit: Infinity });
    expect(samples[0]?.heartRateSamples).toHaveLength(24);
    const recharge = await client.nightlyRecharge.list(range).toArray({ limit: Infinity });
    expect(recharge.every((r) => typeof r.ansCharge === 'number')).toBe(true);
    expect(sandbox.plugin.stats.byRoute).toEqual({
      activity: 1,
      continuousSamples: 1,
      nightlyRecharge: 1,
    });
  });

  it('reads a range without data (204) as empty', async () => {
    const { client } = await connect(sandbox.plugin);
    const old = {
      since: new Date('2024-01-01T00:00:00Z'),
      until: new Date('2024-01-10T00:00:00Z'),
    };
    expect(await client.trainingSessions.list(old).toArray({ limit: Infinity })).toEqual([]);
    expect(await client.trainingSessions.getDay('2024-01-05')).toEqual([]);
  });

  it('sends features as a repeated key for one day', async () => {
    const { client } = await connect(sandbox.plugin);
    const date = sandbox.plugin.data.trainingSessions.at(-1)?.startTime.slice(0, 10) ?? '';
    const sessions = await client.trainingSessions.getDay(date, {
      features: ['zones', 'statistics'],
    });
    expect(sessions.length).toBeGreaterThan(0);
    const call = sandbox.plugin.stats.calls[0];
    expect(call?.url.searchParams.getAll('features')).toEqual(['zones', 'statistics']);
    expect(call?.url.searchParams.get('to')).toBe(
      new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10),
    );
  });

  it('names the missing scope on a 403', async () => {
    const { client } = await connect(sandbox.plugin, { scope: ['training_sessions:read'] });
    const error = await client.sports.list().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'ProviderError', status: 403, code: 'forbidden' });
    expect(String((error as Error).message)).toContain('sports:read');
  });

  it('gives a ValidationError with the path when a payload breaks the schema', async () => {
    const { client } = await connect(sandbox.plugin);
    sandbox.server.use(
      http.get('https://www.polaraccesslink.com/v4/data/training-sessions/list', () =>
        HttpResponse.json({
          trainingSessions: [
            { identifier: { id: 'x' }, startTime: 'yesterday', duration: '80 seconds' },
          ],
        }),
      ),
    );
    const error = await client.trainingSessions
      .list(range)
      .toArray({ limit: 10 })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'ValidationError' });
    const paths = (error as { issues: { path: PropertyKey[] }[] }).issues.map((issue) =>
      issue.path.join('.'),
    );
    expect(paths).toEqual(
      expect.arrayContaining(['trainingSessions.0.startTime', 'trainingSessions.0.duration']),
    );
  });

  it('takes a baseUrl override', async () => {
    const { client } = await connect(sandbox.plugin, {
      client: { baseUrl: 'https://www.polaraccesslink.com/v4/data/' },
    });
    expect((await client.sports.list()).length).toBeGreaterThan(0);
  });
});
