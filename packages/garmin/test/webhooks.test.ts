import { ValidationError, WebhookVerificationError } from '@fitlink/core';
import {
  fetchGarminWebhookChange,
  type GarminPingEvent,
  parseGarminWebhookEvent,
  verifyGarminWebhookRequest,
} from '@fitlink/garmin';
import { garminDailyFixture, garminRunFixture } from '@fitlink/garmin/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { CLIENT_ID, connect, garminPlugin, webhookWorld } from './helpers.js';

describe('the Garmin webhook endpoint', () => {
  const sandbox = useSandbox(() => [garminPlugin()]);

  it('takes a push with three users in one body, typed, with an upsert key each', async () => {
    const { emitter, delivered } = webhookWorld(sandbox.plugin);
    const users = ['user-a', 'user-b', 'user-c'];
    const response = await emitter.push(
      'dailies',
      users.map((userId, i) => ({ ...garminDailyFixture, userId, summaryId: `d-${i}` })),
    );
    expect(response.status).toBe(200);
    expect(delivered).toHaveLength(1);
    const events = delivered[0]?.events ?? [];
    expect(events.map((event) => event.userId)).toEqual(users);
    expect(events.map((event) => event.kind)).toEqual(['push', 'push', 'push']);
    expect(events[0]).toMatchObject({
      type: 'dailies',
      upsertKey: 'garmin:user-a:dailies:1795158000',
      summary: { calendarDate: '2026-11-20', steps: 12840 },
    });
  });

  it('answers a ping at once; the callback is fetched verbatim later, outside the request', async () => {
    const { emitter, delivered } = webhookWorld(sandbox.plugin);
    const { client } = await connect(sandbox.plugin);
    const response = await emitter.ping('activities');
    // The 200 came before any callback: nothing was fetched while the request was open.
    expect(response.status).toBe(200);
    expect(sandbox.plugin.knobs.callbackLog).toEqual([]);
    const pings = (delivered[0]?.events ?? []) as GarminPingEvent[];
    expect(pings.length).toBeGreaterThan(1);
    expect(
      pings.every((ping) => ping.kind === 'ping' && ping.callbackUrl.includes('&token=')),
    ).toBe(true);

    // Later, in a job:
    const pushes = (
      await Promise.all(pings.map((ping) => fetchGarminWebhookChange(client, ping)))
    ).flat();
    expect(sandbox.plugin.knobs.callbackLog).toEqual(pings.map((ping) => ping.callbackUrl));
    expect(pushes.map((push) => push.type)).toEqual(pushes.map(() => 'activities'));
    expect(pushes).toHaveLength(sandbox.plugin.data.activities.length);
  });

  it('refuses a wrong garmin-client-id with 401 and hands nothing over', async () => {
    const { emitter, delivered, rejections, errors } = webhookWorld(sandbox.plugin);
    const wrong = await emitter.send(
      { activities: [garminRunFixture] },
      { headers: { 'garmin-client-id': `${CLIENT_ID}x` } },
    );
    const missing = await emitter.send(
      { activities: [garminRunFixture] },
      { headers: { 'garmin-client-id': '' } },
    );
    expect([wrong.status, missing.status]).toEqual([401, 401]);
    expect(await wrong.clone().text()).not.toContain(CLIENT_ID);
    expect(delivered).toEqual([]);
    expect(rejections).toEqual([401, 401]);
    expect(errors.every((error) => error instanceof WebhookVerificationError)).toBe(true);
    expect(JSON.stringify(errors.map((error) => error.toJSON()))).not.toContain(CLIENT_ID);
  });

  it('refuses an oversized body with 413 and hands nothing over', async () => {
    const { emitter, delivered, errors } = webhookWorld(sandbox.plugin, { maxBodyBytes: 1024 });
    const big = Array.from({ length: 40 }, (_, i) => ({
      ...garminRunFixture,
      summaryId: String(i),
    }));
    const response = await emitter.send({ activities: big });
    expect(response.status).toBe(413);
    expect(delivered).toEqual([]);
    expect(errors[0]).toMatchObject({ code: 'webhook_body_too_large' });
  });

  it('gives Activity Details its own, larger limit', async () => {
    const { emitter, delivered } = webhookWorld(sandbox.plugin, { maxBodyBytes: 1024 });
    const response = await emitter.push(
      'activityDetails',
      sandbox.plugin.data.activityDetails.slice(0, 1),
    );
    expect(response.status).toBe(200);
    expect(delivered).toHaveLength(1);
  });

  it('refuses malformed JSON and an invalid summary with 400 and hands nothing over', async () => {
    const { emitter, delivered, rejections, errors } = webhookWorld(sandbox.plugin);
    const truncated = await emitter.send(null, { raw: '{"activities":[{"summaryId":' });
    const invalid = await emitter.send({
      dailies: [{ ...garminDailyFixture, calendarDate: 20261120 }],
    });
    expect([truncated.status, invalid.status]).toEqual([400, 400]);
    expect(delivered).toEqual([]);
    expect(rejections).toEqual([400, 400]);
    expect(errors[1]).toBeInstanceOf(ValidationError);
    expect((errors[1] as ValidationError).issues[0]?.path).toEqual(['dailies', 0, 'calendarDate']);
  });

  it('refuses a GET with 405', async () => {
    const { handler } = webhookWorld(sandbox.plugin);
    const response = await handler(new Request('https://app.example.com/webhooks/garmin'));
    expect(response.status).toBe(405);
  });
});

describe('parseGarminWebhookEvent', () => {
  it('reads lifecycle notifications and activity files', () => {
    const events = parseGarminWebhookEvent({
      deregistrations: [{ userId: 'u1' }],
      userPermissionsChange: [
        {
          userId: 'u2',
          summaryId: 'p1',
          permissions: ['ACTIVITY_EXPORT'],
          changeTimeInSeconds: 1795158000,
        },
      ],
      activityFiles: [
        {
          userId: 'u3',
          summaryId: '12000000037',
          activityId: 12000000037,
          fileType: 'FIT',
          callbackURL: 'https://apis.garmin.com/wellness-api/rest/activityFile?id=1&token=t',
        },
      ],
      mct: [{ userId: 'u4' }],
    });
    expect(events).toEqual([
      { kind: 'deregistration', type: 'deregistrations', userId: 'u1' },
      {
        kind: 'permissionsChange',
        type: 'userPermissionsChange',
        userId: 'u2',
        permissions: ['ACTIVITY_EXPORT'],
        changedAt: new Date('2026-11-20T07:00:00.000Z'),
      },
      expect.objectContaining({
        kind: 'activityFile',
        userId: 'u3',
        callbackUrl: expect.stringContaining('activityFile'),
      }),
    ]);
  });

  it('names the path of each bad entry', () => {
    const error = (() => {
      try {
        parseGarminWebhookEvent({
          activities: [garminRunFixture, { ...garminRunFixture, activityType: 7 }],
          sleeps: {},
        });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual([
      ['activities', 1, 'activityType'],
      ['sleeps'],
    ]);
  });

  it.each([[null], [[]], [{}], [{ mct: [] }], ['text']])('refuses %j', (body) => {
    expect(() => parseGarminWebhookEvent(body)).toThrow(ValidationError);
  });

  it('refuses a push without a user id', () => {
    const { userId: _, ...anonymous } = garminRunFixture;
    expect(() => parseGarminWebhookEvent({ activities: [anonymous] })).toThrow(/userId|user id/);
  });
});

describe('verifyGarminWebhookRequest', () => {
  const request = (value?: string) =>
    new Request('https://app.example.com/garmin', {
      method: 'POST',
      headers: value === undefined ? {} : { 'garmin-client-id': value },
    });

  it('accepts the client id, refuses another or none', async () => {
    await expect(
      verifyGarminWebhookRequest(request('abc'), { clientId: 'abc' }),
    ).resolves.toBeUndefined();
    await expect(
      verifyGarminWebhookRequest(request('abd'), { clientId: 'abc' }),
    ).rejects.toBeInstanceOf(WebhookVerificationError);
    await expect(verifyGarminWebhookRequest(request(), { clientId: 'abc' })).rejects.toBeInstanceOf(
      WebhookVerificationError,
    );
  });
});
