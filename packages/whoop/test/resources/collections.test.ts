import { ProviderError, ValidationError } from '@fitlink/core';
import { createFakeClock } from '@fitlink/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { connect, whoopPlugin } from '../helpers.js';

describe('WHOOP collections', () => {
  const sandbox = useSandbox(() => [whoopPlugin()]);

  async function counted() {
    const urls: URL[] = [];
    const connection = await connect(sandbox.plugin, {
      clock: createFakeClock(),
      client: { hooks: { onRequest: (event) => urls.push(new URL(event.url)) } },
    });
    return { ...connection, urls };
  }

  it('pages with limit and nextToken (next_token in the answer), newest first, every page', async () => {
    const { client, urls } = await counted();
    const all = await client.workouts
      .list({ pageSize: 5 })
      .toArray({ limit: Number.POSITIVE_INFINITY });
    const data = sandbox.plugin.data;
    expect(all.map((workout) => workout.id)).toEqual(
      [...(data?.workouts ?? [])].reverse().map((workout) => workout.id),
    );
    expect(urls).toHaveLength(Math.ceil(all.length / 5));
    expect(urls[0]?.searchParams.get('limit')).toBe('5');
    expect(urls[0]?.searchParams.has('nextToken')).toBe(false);
    expect(urls[1]?.searchParams.get('nextToken')).toEqual(expect.any(String));
    expect(urls[0]?.pathname).toBe('/developer/v2/activity/workout');
  });

  it('uses 25, WHOOP’s maximum, by default and stops fetching on an early break', async () => {
    const { client, urls } = await counted();
    const seen: string[] = [];
    for await (const sleep of client.sleep.list()) {
      seen.push(sleep.id);
      if (seen.length === 26) break;
    }
    expect(urls).toHaveLength(2);
    expect(urls.every((url) => url.searchParams.get('limit') === '25')).toBe(true);
  });

  it('resumes from a saved cursor without losing records', async () => {
    const { client } = await counted();
    const first = client.cycles.list({ pageSize: 4, maxPages: 1 });
    const head = await first.toArray({ limit: Number.POSITIVE_INFINITY });
    expect(first.done).toBe(false);
    const rest = await client.cycles
      .list({ pageSize: 4, ...(first.cursor ? { cursor: first.cursor } : {}) })
      .toArray({ limit: Number.POSITIVE_INFINITY });
    expect(head.length + rest.length).toBe(sandbox.plugin.data?.cycles.length);
    expect(new Set([...head, ...rest].map((cycle) => cycle.id)).size).toBe(
      head.length + rest.length,
    );
  });

  it('sends since/until as WHOOP’s start/end', async () => {
    const { client, urls } = await counted();
    const since = new Date('2026-11-10T00:00:00.000Z');
    const until = new Date('2026-11-15T00:00:00.000Z');
    const recoveries = await client.recovery.list({ since, until }).toArray({ limit: 100 });
    expect(urls[0]?.searchParams.get('start')).toBe(since.toISOString());
    expect(urls[0]?.searchParams.get('end')).toBe(until.toISOString());
    expect(recoveries.length).toBeGreaterThanOrEqual(4);
    expect(recoveries.length).toBeLessThanOrEqual(6);
  });

  it('refuses a page size above 25', async () => {
    const { client } = await counted();
    expect(() => client.workouts.list({ pageSize: 26 })).toThrow(/1 to 25/);
  });

  it('gets single records by UUID and int64 id, and a cycle’s sleep and recovery', async () => {
    const { client } = await counted();
    const data = sandbox.plugin.data;
    const workout = data?.workouts[3];
    const cycle = data?.cycles[5];
    expect(await client.workouts.get(workout?.id ?? '')).toEqual(workout);
    expect(await client.sleep.get(data?.sleeps[5]?.id ?? '')).toEqual(data?.sleeps[5]);
    expect(await client.cycles.get(cycle?.id ?? 0)).toEqual(cycle);
    expect((await client.cycles.getSleep(cycle?.id ?? 0)).cycle_id).toBe(cycle?.id);
    expect((await client.cycles.getRecovery(cycle?.id ?? 0)).cycle_id).toBe(cycle?.id);
  });

  it('answers an unknown id with ProviderError 404', async () => {
    const { client } = await counted();
    await expect(client.workouts.get('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject(
      {
        name: 'ProviderError',
        status: 404,
        endpoint: 'GET /developer/v2/activity/workout/00000000-0000-4000-8000-000000000000',
      },
    );
  });

  it('turns a malformed payload into ValidationError with the path', async () => {
    const { client } = await counted();
    sandbox.server.use(
      http.get('https://api.prod.whoop.com/developer/v2/activity/sleep', () =>
        Response.json({
          records: [
            {
              id: 'x',
              user_id: 1,
              created_at: 'a',
              updated_at: 'b',
              start: 'c',
              end: 'd',
              timezone_offset: 'Z',
              nap: 'no',
              score_state: 'SCORED',
            },
          ],
        }),
      ),
    );
    const error = await client.sleep
      .list()
      .toArray({ limit: 1 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toEqual(['records', 0, 'nap']);
  });

  it('names the missing scope when WHOOP refuses a route', async () => {
    const { client } = await connect(sandbox.plugin, { scope: ['read:workout', 'offline'] });
    const error = await client.recovery
      .list()
      .toArray({ limit: 1 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ status: 403, code: 'forbidden' });
    expect((error as Error).message).toContain('read:recovery');
  });

  it('passes the sandbox fault knobs through: a 503 is retried', async () => {
    const { client, urls } = await counted();
    sandbox.sandbox.faults.inject({ kind: 'status', status: 503 }, { match: '/developer/v2/user' });
    const body = await client.user.getBodyMeasurement();
    expect(body.height_meter).toBe(1.7272);
    expect(urls).toHaveLength(2);
  });
});
