import { createMemoryTokenStore } from '@fitlink/core';
import {
  createGarminClient,
  createGarminRateLimitPolicy,
  createGarminRecordSet,
  fetchGarminWebhookChange,
  GARMIN_SUMMARY_SCHEMAS,
  type GarminPingEvent,
  parseGarminWebhookEvent,
} from '@fitlink/garmin';
import { createGarminFake, garminSummariesOf } from '@fitlink/garmin/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { connect, garminApp, garminPlugin, NOW, webhookWorld } from '../helpers.js';

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

describe('the normalized lists over received records', () => {
  const sandbox = useSandbox(() => [garminPlugin()]);

  it('resume from a saved cursor and keep to [since, until)', async () => {
    const { client } = await connect(sandbox.plugin);
    const own = createGarminRecordSet();
    own.apply(parseGarminWebhookEvent({ activities: sandbox.plugin.data.activities }));
    const listed = createGarminClient({
      app: garminApp(),
      store: createMemoryTokenStore(),
      key: 'k',
      records: own,
    });
    const all = await listed.listActivities({}).toArray({ limit: 10_000 });
    const first = listed.listActivities({});
    const head = await first.toArray({ limit: 5 });
    const rest = await listed.listActivities({ cursor: 5 }).toArray({ limit: 10_000 });
    expect([...head, ...rest]).toEqual(all);
    const since = new Date(all[10]?.startTime ?? 0);
    const until = new Date(all[20]?.startTime ?? 0);
    expect(await listed.listActivities({ since, until }).toArray({ limit: 100 })).toEqual(
      all.slice(10, 20),
    );
    expect(client.records.size).toBe(0);
  });

  it('every fake summary is valid against its schema', () => {
    const data = sandbox.plugin.data;
    for (const type of ['activities', 'activityDetails', 'sleeps', 'dailies', 'hrv'] as const) {
      const summaries = garminSummariesOf(data, type);
      expect(summaries.length).toBeGreaterThan(0);
      for (const summary of summaries)
        expect(GARMIN_SUMMARY_SCHEMAS[type].safeParse(summary).success).toBe(true);
    }
  });
});
