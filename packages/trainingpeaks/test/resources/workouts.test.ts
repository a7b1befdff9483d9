import { ValidationError } from '@fitlink/core';
import {
  mapTrainingPeaksZones,
  type TrainingPeaksChange,
  TrainingPeaksPremiumRequiredError,
} from '@fitlink/trainingpeaks';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { describe, expect, it } from 'vitest';
import { connect, NOW, useTrainingPeaksSandbox } from '../helpers.js';

const DAY = 86_400_000;
const workoutRangeRequests = (requests: readonly string[]) =>
  requests.filter((line) => /^GET \/v2\/workouts\/\d{4}-\d{2}-\d{2}\//.test(line));

describe('client.workouts and client.athlete', () => {
  const holder = useTrainingPeaksSandbox();

  it('reads the profile and FTP plus threshold heart rate in one zones call', async () => {
    const { client } = await connect();
    const profile = await client.getProfile();
    expect(profile).toMatchObject({
      id: 'trainingpeaks:4815162',
      timeZone: 'America/Denver',
      units: 'imperial',
      sex: 'female',
      weightKg: 61.2,
    });
    const before = holder.plugin.stats.requestLog.length;
    const thresholds = mapTrainingPeaksZones(await client.athlete.zones());
    expect(holder.plugin.stats.requestLog.length - before).toBe(1);
    expect(thresholds.ftpWatts).toBe(250);
    expect(thresholds.thresholdHeartRateBpm).toBe(165);
    expect(thresholds.thresholdSpeedMetresPerSecond).toBe(3.9);
    expect(thresholds.powerZones[0]).toEqual({ label: 'Recovery', minimum: 0, maximum: 137 });
    const power = await client.athlete.zonesByType('power');
    expect(mapTrainingPeaksZones(power).ftpWatts).toBe(250);
  });

  it('sends the User-Agent TrainingPeaks requires; without it the API answers 400', async () => {
    const { client } = await connect({ settings: { userAgent: 'no-version' } });
    const error = await client.athlete.profile().catch((caught: unknown) => caught);
    expect((error as { status?: number }).status).toBe(400);
    expect((error as Error).message).toContain('User-Agent');
  });

  it('lists 90 days in ceil(days / 45) date-range requests, none longer than 45 days', async () => {
    const { client } = await connect();
    const since = new Date(NOW - 90 * DAY);
    const until = new Date(NOW);
    const workouts = [];
    for await (const workout of client.workouts.list({ since, until })) workouts.push(workout);
    const requests = workoutRangeRequests(holder.plugin.stats.requestLog);
    // 2026-08-17 … 2026-11-15 local (Denver) is 91 calendar days: 3 requests.
    expect(requests).toEqual([
      'GET /v2/workouts/2026-08-17/2026-09-30',
      'GET /v2/workouts/2026-10-01/2026-11-14',
      'GET /v2/workouts/2026-11-15/2026-11-15',
    ]);
    const expected = holder.plugin.data.workouts.filter((workout) => workout.StartTime !== null);
    expect(workouts.length).toBeGreaterThan(30);
    // Every completed workout of the window plus the missed planned one.
    expect(workouts.length).toBe(expected.length + 1);
    const activities = [];
    for await (const activity of client.listActivities({ since, until })) activities.push(activity);
    expect(activities).toHaveLength(expected.length);
    expect(activities.every((a) => a.startTime >= since.toISOString())).toBe(true);
  });

  it('stops fetching after an early break and resumes from the cursor', async () => {
    const { client } = await connect();
    const since = new Date(NOW - 90 * DAY);
    const list = client.workouts.list({ since, until: new Date(NOW) });
    const seen: string[] = [];
    for await (const workout of list) {
      seen.push(String(workout.Id));
      if (seen.length === 2) break;
    }
    expect(workoutRangeRequests(holder.plugin.stats.requestLog)).toHaveLength(1);
    const resumed = client.workouts.list({ since, until: new Date(NOW), cursor: list.cursor });
    const rest: string[] = [];
    for await (const workout of resumed) rest.push(String(workout.Id));
    expect(rest.slice(0, 2)).toEqual(seen);
    expect(workoutRangeRequests(holder.plugin.stats.requestLog)).toHaveLength(4);
  });

  it('maps a rendered ride with local time, decimal hours, kJ and kcal', async () => {
    const { client } = await connect();
    const { data } = holder.plugin;
    const ride = data.workouts.find(
      (w) =>
        w.WorkoutType === 'Bike' &&
        w.Energy !== null &&
        data.sources.get(String(w.Id))?.timeZone === 'America/Denver',
    );
    const source = data.sources.get(String(ride?.Id));
    expect(source).toBeDefined();
    const found = [];
    const range = { since: new Date(NOW - 90 * DAY), until: new Date(NOW) };
    for await (const item of client.listActivities(range)) {
      if (item.externalId === String(ride?.Id)) found.push(item);
    }
    expect(found).toHaveLength(1);
    const [mapped] = found;
    expect(mapped?.sport).toBe('ride');
    expect(mapped?.providerSport).toBe('Bike');
    expect(mapped?.startTime).toBe(new Date(source?.startMs ?? 0).toISOString());
    expect(mapped?.utcOffsetMinutes).toBe(source?.utcOffsetMinutes);
    expect(mapped?.timeZone).toBe('America/Denver');
    expect(mapped?.elapsedSeconds).toBe(source?.elapsedSeconds);
    expect(mapped?.distanceMetres).toBe(source?.distanceMeters);
    expect(mapped?.energyKcal).toBe(source?.energyKcal);
    expect(mapped?.workKilojoules).toBe(source?.workKilojoules);
    expect(mapped?.powerAvgWatts).toBe(source?.averagePowerWatts);
  });

  it('reads details as samples, mean maxes and time in zones', async () => {
    const { client } = await connect();
    const { data } = holder.plugin;
    const ride = data.workouts.find((w) => w.WorkoutType === 'Bike' && w.PowerAverage !== null);
    const id = String(ride?.Id);
    const samples = await client.getSamples(id);
    expect(samples?.activityId).toBe(`trainingpeaks:${id}`);
    expect(samples?.series.offsetsSeconds.slice(0, 3)).toEqual([0, 10, 20]);
    expect(samples?.series.powerWatts?.length).toBe(samples?.series.offsetsSeconds.length);
    const meanMaxes = await client.workouts.meanMaxes(id);
    expect(meanMaxes.MeanMaxes?.[0]?.Type).toBe('power');
    const zones = await client.workouts.timeInZones(id);
    expect(zones.TimeInHeartRateZones?.Threshold).toBe(165);
    const planned = data.workouts.find((w) => w.StartTime === null);
    expect(await client.workouts.details(String(planned?.Id))).toBeNull();
    expect(await client.getSamples(String(planned?.Id))).toBeNull();
  });

  it('a basic athlete gets null premium fields and a typed premium error on premium endpoints', async () => {
    const { client } = await connect();
    holder.plugin.knobs.premium = false;
    const { data } = holder.plugin;
    const ride = data.workouts.find((w) => w.WorkoutType === 'Bike');
    const workout = await client.workouts.get(String(ride?.Id));
    expect(workout.HeartRateAverage).toBeNull();
    expect(workout.TssActual).toBeNull();
    expect(workout.Distance).toBe(ride?.Distance);
    const activities = [];
    for await (const item of client.listActivities({
      since: new Date(NOW - 10 * DAY),
      until: new Date(NOW),
    }))
      activities.push(item);
    expect(activities.length).toBeGreaterThan(0);
    expect(activities.every((a) => a.heartRateAvgBpm === null && a.energyKcal === null)).toBe(true);
    expect(activities.every((a) => a.metrics.tss === undefined)).toBe(true);
    const error = await client.workouts
      .details(String(ride?.Id))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TrainingPeaksPremiumRequiredError);
    expect((error as TrainingPeaksPremiumRequiredError).code).toBe('forbidden');
    expect((error as TrainingPeaksPremiumRequiredError).status).toBe(403);
    expect((error as Error).message).toContain('premium');
    const days = client.listDailySummaries({ since: new Date(NOW - 3 * DAY) });
    await expect(days[Symbol.asyncIterator]().next()).rejects.toBeInstanceOf(
      TrainingPeaksPremiumRequiredError,
    );
    expect((await client.athlete.profile()).IsPremium).toBe(false);
  });

  it('pages the changed feed, reports deletions and resumes from a saved cursor', async () => {
    const { client } = await connect();
    const { data, stats } = holder.plugin;
    const doomed = String(data.workouts[0]?.Id);
    data.deleteWorkout(doomed);
    const since = new Date(NOW - 30 * DAY);
    const feed = client.workouts.changed({ since, pageSize: 5, maxPages: 2 });
    const first: TrainingPeaksChange[] = [];
    for await (const change of feed) first.push(change);
    expect(feed.done).toBe(false);
    expect(feed.cursor).toEqual({ page: 2 });
    const resumed = client.workouts.changed({ since, pageSize: 5, cursor: feed.cursor });
    const rest: TrainingPeaksChange[] = [];
    for await (const change of resumed) rest.push(change);
    expect(resumed.done).toBe(true);
    const all = [...first, ...rest];
    const modified = data.workouts.filter(
      (w) => Date.parse(w.LastModifiedDate ?? '') >= since.getTime(),
    );
    expect(all.filter((c) => c.type === 'modified')).toHaveLength(modified.length);
    expect(all.filter((c) => c.type === 'deleted')).toEqual([
      { type: 'deleted', workoutId: doomed },
    ]);
    const pages = stats.requestLog.filter((line) => line.startsWith('GET /v2/workouts/changed'));
    expect(pages[0]).toContain('pageSize=5&page=0');
    expect(pages).toHaveLength(
      Math.ceil(modified.length / 5) + (modified.length % 5 === 0 ? 1 : 0),
    );
  });

  it('rejects a changed-feed page size over 100 and dates before 2000', async () => {
    const { client } = await connect();
    expect(() => client.workouts.changed({ since: new Date(NOW), pageSize: 101 })).toThrow(
      /pageSize/,
    );
    expect(() => client.workouts.changed({ since: new Date('1999-12-31T00:00:00Z') })).toThrow(
      /2000/,
    );
  });

  it('lists daily summaries from metrics: sleep hours, resting HR and HRV by local date', async () => {
    const { client } = await connect();
    const days = [];
    for await (const day of client.listDailySummaries({
      since: new Date(NOW - 7 * DAY),
      until: new Date(NOW),
    }))
      days.push(day);
    const recovery = holder.plugin.data.metrics;
    expect(days.length).toBeGreaterThanOrEqual(6);
    const last = days.at(-1);
    const entries = recovery.filter((m) => m.DateTime?.startsWith(last?.date ?? '-'));
    expect(last?.restingHeartRateBpm).toBe(entries.find((m) => m.Pulse)?.Pulse);
    expect(last?.hrvRmssdMs).toBe(entries.find((m) => m.HRV)?.HRV);
    expect(last?.metrics.sleepHours).toBe(entries.find((m) => m.SleepHours)?.SleepHours);
    expect(last?.id).toBe(`trainingpeaks:${last?.date}`);
  });
});

describe('malformed payloads', () => {
  it('give a ValidationError with the path of the bad field', async () => {
    const server = setupServer(
      http.post('https://oauth.sandbox.trainingpeaks.com/oauth/token', () =>
        HttpResponse.json({
          access_token: 'a',
          refresh_token: 'r',
          expires_in: 600,
          token_type: 'bearer',
        }),
      ),
      http.get('https://api.sandbox.trainingpeaks.com/v2/workouts/id/:id', () =>
        HttpResponse.json({ Id: 1, Distance: 'far' }),
      ),
    );
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const { createMemoryTokenStore } = await import('@fitlink/core');
      const { createTrainingPeaksClient } = await import('@fitlink/trainingpeaks');
      const { sandboxApp } = await import('../helpers.js');
      const store = createMemoryTokenStore();
      await store.set('k', {
        accessToken: 'a',
        refreshToken: 'r',
        expiresAt: Date.now() + 600_000,
      });
      const client = createTrainingPeaksClient({ app: sandboxApp(), store, key: 'k' });
      const error = await client.workouts.get(1).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]?.path).toEqual(['Distance']);
      expect((error as ValidationError).endpoint).toBe('GET /v2/workouts/id/1');
    } finally {
      server.close();
    }
  });
});
