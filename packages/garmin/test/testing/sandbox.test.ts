import {
  createGarminRateLimitPolicy,
  fetchGarminWebhookChange,
  type GarminPingEvent,
} from '@fitlink/garmin';
import { createGarminFake } from '@fitlink/garmin/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { connect, garminPlugin, NOW, webhookWorld } from '../helpers.js';

describe('the Garmin sandbox end to end', () => {
  const sandbox = useSandbox(() => [garminPlugin()]);

  it('pings every type; the callbacks fill the client; its workouts are the shared timeline', async () => {
    const { emitter, delivered } = webhookWorld(sandbox.plugin);
    // Garmin publishes no per-call budget; the default 100 a minute would pace ~150 callbacks.
    const { client } = await connect(sandbox.plugin, {
      rateLimitPolicy: createGarminRateLimitPolicy({ requestsPerMinute: 10_000 }),
    });
    const answers = await emitter.sendAll('ping', { order: 'reverse' });
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    const pings = delivered.flatMap((batch) => batch.events) as GarminPingEvent[];
    for (const ping of pings) {
      for (const push of await fetchGarminWebhookChange(client, ping)) client.records.upsert(push);
    }
    const activities = await client.listActivities({}).toArray({ limit: 10_000 });
    const workouts = sandbox.plugin.data.timeline.workouts.filter((w) => w.sport !== 'meditation');
    expect(activities.map((a) => Date.parse(a.startTime))).toEqual(workouts.map((w) => w.startMs));
    expect(activities.map((a) => a.elapsedSeconds)).toEqual(workouts.map((w) => w.elapsedSeconds));
    expect(await client.listSleep({}).toArray({ limit: 10_000 })).toHaveLength(
      sandbox.plugin.data.sleeps.length,
    );
    const days = await client
      .listDailySummaries({ since: new Date(NOW - 7 * 86_400_000) })
      .toArray({ limit: 10_000 });
    expect(days.length).toBeGreaterThan(5);
    expect(days.every((day) => day.restingHeartRateBpm !== null && day.steps !== null)).toBe(true);
  });

  it('renders the same data for the same seed, in Garmin types', () => {
    const a = createGarminFake({ seed: 3, now: NOW, days: 14 });
    const b = createGarminFake({ seed: 3, now: NOW, days: 14 });
    expect(a).toEqual(b);
    expect(new Set(a.activities.map((activity) => activity.activityType))).not.toContain('ride');
    expect(a.activityDetails.every((d) => (d.samples?.length ?? 0) > 1)).toBe(true);
  });

  it('deletes the registration', async () => {
    const { client } = await connect(sandbox.plugin);
    await client.user.deleteRegistration();
    expect(sandbox.plugin.knobs.registrationDeleted).toBe(true);
  });
});
