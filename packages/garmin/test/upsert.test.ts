import {
  createGarminRecordSet,
  garminUpsertKey,
  normalizeGarminPushEvent,
  parseGarminWebhookEvent,
} from '@fitlink/garmin';
import {
  garminFinalSleepFixture,
  garminRunFixture,
  garminTentativeSleepFixture,
} from '@fitlink/garmin/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { garminPlugin, webhookWorld } from './helpers.js';

describe('records updated in place', () => {
  const sandbox = useSandbox(() => [garminPlugin()]);

  it('replaying the same pushes twice leaves one record each', async () => {
    const { emitter, records } = webhookWorld(sandbox.plugin);
    await emitter.sendAll('push');
    const once = records.size;
    await emitter.sendAll('push', { order: 'reverse' });
    await emitter.replay();
    expect(records.size).toBe(once);
    const data = sandbox.plugin.data;
    expect(once).toBe(
      data.activities.length +
        data.activityDetails.length +
        data.sleeps.length +
        data.dailies.length +
        data.hrv.length,
    );
  });

  it('a shorter then a longer version of a night leaves the longer one', () => {
    const records = createGarminRecordSet();
    const [tentative] = parseGarminWebhookEvent({ sleeps: [garminTentativeSleepFixture] });
    const [final] = parseGarminWebhookEvent({
      sleeps: [{ ...garminFinalSleepFixture, summaryId: 'x691f8c40-7000' }],
    });
    if (tentative?.kind !== 'push' || final?.kind !== 'push') throw new Error('expected pushes');
    expect(tentative.upsertKey).toBe(final.upsertKey);
    expect(records.upsert(tentative)).toBe('inserted');
    expect(records.upsert(final)).toBe('replaced');
    // Out of order: the shorter one arriving late does not win.
    expect(records.upsert(tentative)).toBe('kept');
    expect(records.list('sleeps')).toHaveLength(1);
    expect(records.list('sleeps')[0]?.summary).toMatchObject({
      validation: 'AUTO_FINAL',
      durationInSeconds: 27000,
    });
  });

  it('normalized records keep the upsert key: a tentative then a final night with another id leave one', () => {
    const stored = new Map<string, unknown>();
    const events = parseGarminWebhookEvent({
      sleeps: [
        garminTentativeSleepFixture,
        { ...garminFinalSleepFixture, summaryId: 'x691f8c40-7000' },
      ],
      hrv: [],
    });
    for (const event of events) {
      if (event.kind !== 'push') continue;
      const normalized = normalizeGarminPushEvent(event);
      if (normalized) stored.set(normalized.upsertKey, normalized.record);
    }
    expect([...stored.values()]).toEqual([
      expect.objectContaining({
        externalId: 'x691f8c40-7000',
        metrics: expect.objectContaining({ validation: 'AUTO_FINAL' }),
      }),
    ]);
  });

  it('a manual edit shares the activity key; a deregistration removes the user', () => {
    expect(garminUpsertKey('u', 'manuallyUpdatedActivities', garminRunFixture)).toBe(
      garminUpsertKey('u', 'activities', garminRunFixture),
    );
    const records = createGarminRecordSet();
    records.apply(parseGarminWebhookEvent({ activities: [garminRunFixture] }));
    records.apply(
      parseGarminWebhookEvent({
        manuallyUpdatedActivities: [{ ...garminRunFixture, activityName: 'Renamed' }],
      }),
    );
    expect(records.list()).toHaveLength(1);
    expect(records.list()[0]?.summary).toMatchObject({ activityName: 'Renamed' });
    records.apply(parseGarminWebhookEvent({ deregistrations: [{ userId: 'garmin-user-1' }] }));
    expect(records.size).toBe(0);
  });

  it('escapes key parts so different users never share a key', () => {
    expect(
      garminUpsertKey('a:b', 'dailies', {
        summaryId: 's',
        calendarDate: '2026-11-20',
        startTimeInSeconds: 1,
      }),
    ).not.toBe(
      garminUpsertKey('a', 'dailies', {
        summaryId: 's',
        calendarDate: '2026-11-20',
        startTimeInSeconds: 1,
      }),
    );
  });
});
