import { type GarminBackfillWindow, GarminMissingPermissionError } from '@fitlink/garmin';
import { createFakeClock } from '@fitlink/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { connect, garminPlugin, NOW, webhookWorld } from './helpers.js';

const DAY = 86_400_000;
const seconds = (ms: number) => Math.floor(ms / 1000);

describe('backfill', () => {
  const sandbox = useSandbox(() => [garminPlugin({ days: 30 })]);

  it('splits a year into windows, takes a 409 and a minimum start as covered, and completes', async () => {
    const { client } = await connect(sandbox.plugin);
    const until = new Date(NOW);
    const since = new Date(NOW - 365 * DAY);
    // A window asked for before (409), and no health data before 200 days ago.
    sandbox.plugin.knobs.backfilled.add(`activities:${seconds(NOW - 60 * DAY)}`);
    sandbox.plugin.knobs.backfillMinimumStart = seconds(NOW - 200 * DAY);
    const seen: GarminBackfillWindow[] = [];
    const windows = await client.backfill.request({
      types: ['activities', 'dailies'],
      since,
      until,
      daysPerMinute: 10_000,
      onWindow: (window) => seen.push(window),
    });
    expect(seen).toEqual(windows);
    const activities = windows.filter((w) => w.type === 'activities');
    const dailies = windows.filter((w) => w.type === 'dailies');
    // 30-day activity windows, newest first: 0–30 accepted, 30–60 a duplicate, … until the
    // window entirely before the minimum start, which covers the rest.
    expect(activities.slice(0, 3).map((w) => w.status)).toEqual([
      'accepted',
      'duplicate',
      'accepted',
    ]);
    expect(activities.every((w) => w.until.getTime() - w.since.getTime() <= 30 * DAY)).toBe(true);
    expect(activities.at(-1)?.status).toBe('before-minimum');
    expect(activities.at(-1)?.until.getTime()).toBe(NOW - 210 * DAY);
    // 90-day health windows: 0–90, 90–180 accepted, 180–270 straddles the minimum (accepted),
    // 270–360 before it, which covers the last 5 days without a request.
    expect(dailies.map((w) => w.status)).toEqual([
      'accepted',
      'accepted',
      'accepted',
      'before-minimum',
    ]);
    expect(dailies[0]?.since.getTime()).toBe(NOW - 90 * DAY);
    expect(dailies.at(-1)?.since.getTime()).toBe(NOW - 360 * DAY);
    expect(sandbox.plugin.stats.byRoute.backfill).toBe(windows.length);
  });

  it('delivers the backfilled data later, as pushes', async () => {
    const { client } = await connect(sandbox.plugin);
    const { emitter, records } = webhookWorld(sandbox.plugin);
    await client.backfill.request({
      types: ['activities'],
      since: new Date(NOW - 30 * DAY),
      until: new Date(NOW),
    });
    expect(records.size).toBe(0);
    await emitter.flushBackfill();
    expect(records.list('activities')).toHaveLength(sandbox.plugin.data.activities.length);
  });

  it('paces requests to the days-of-data budget per minute', async () => {
    const clock = createFakeClock({ start: NOW });
    const { client } = await connect(sandbox.plugin, { clock });
    const windows = await client.backfill.request({
      types: ['dailies'],
      since: new Date(NOW - 270 * DAY),
      until: new Date(NOW),
      daysPerMinute: 100,
    });
    expect(windows).toHaveLength(3);
    // 90 days fit in a minute; each next 90 waits for the minute to pass.
    expect(clock.sleeps).toEqual([60_000, 60_000]);
  });

  it('throws GarminMissingPermissionError before any request without HISTORICAL_DATA_EXPORT', async () => {
    sandbox.plugin.knobs.permissions = ['ACTIVITY_EXPORT', 'HEALTH_EXPORT'];
    const { client } = await connect(sandbox.plugin);
    const error = await client.backfill
      .request({ types: ['activities'], since: new Date(NOW - DAY), until: new Date(NOW) })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GarminMissingPermissionError);
    expect((error as GarminMissingPermissionError).missing).toEqual(['HISTORICAL_DATA_EXPORT']);
    expect(sandbox.plugin.stats.byRoute.backfill ?? 0).toBe(0);
  });

  it('refuses an empty range', async () => {
    const { client } = await connect(sandbox.plugin);
    await expect(
      client.backfill.request({
        types: ['activities'],
        since: new Date(NOW),
        until: new Date(NOW),
      }),
    ).rejects.toMatchObject({ code: 'invalid_argument' });
  });
});
