import { ErrorCodes, type IngestRejection, ValidationError } from '@fitlink/core';
import {
  COROS_WEBHOOK_ACK,
  type CorosWebhookEvent,
  createCorosWebhookHandler,
  parseCorosWebhookEvent,
} from '@fitlink/coros';
import {
  corosOutdoorRunFixture,
  corosTriathlonFixture,
  createCorosFake,
  createCorosPushRequest,
  pushCorosWorkouts,
} from '@fitlink/coros/testing';
import { SANDBOX_CLIENT } from '@fitlink/testing';
import { describe, expect, it } from 'vitest';
import { serve } from './serve.js';

const URL_ = 'https://app.example/coros/push';
const credentials = {
  clientId: SANDBOX_CLIENT.clientId,
  clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
};

// Most handler tests push ids below 2^53; the exact 64-bit case has its own test below.
const small = <T extends { labelId: string }>(workout: T, id: number): T => ({
  ...workout,
  labelId: String(id),
});
const run = small(corosOutdoorRunFixture, 461_734_982);
const triathlon = small(corosTriathlonFixture, 461_734_983);

/** A handler with an app store that upserts on the idempotency key, and what it was told. */
function receiver(options: { maxBodyBytes?: number; failDelivery?: boolean } = {}) {
  const stored = new Map<string, CorosWebhookEvent['records'][number]>();
  const deliveries: CorosWebhookEvent[] = [];
  const rejections: IngestRejection[] = [];
  const handler = createCorosWebhookHandler({
    ...credentials,
    ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
    deliver: (event) => {
      if (options.failDelivery) throw new Error('queue is down');
      deliveries.push(event);
      for (const record of event.records) stored.set(record.idempotencyKey, record);
    },
    onRejected: (rejection) => rejections.push(rejection),
  });
  return { handler, stored, deliveries, rejections };
}

describe('createCorosWebhookHandler', () => {
  it('takes a push, hands typed records over, and answers COROS its ack', async () => {
    const app = receiver();
    const response = await app.handler(
      createCorosPushRequest({ url: URL_, workouts: [run, triathlon] }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(COROS_WEBHOOK_ACK);
    const [event] = app.deliveries;
    expect(event?.records.map((record) => record.idempotencyKey)).toEqual([
      `coros:activity:${run.openId}:461734982`,
      `coros:activity:${triathlon.openId}:461734983`,
    ]);
    expect(event?.records[0]?.activity).toMatchObject({ sport: 'run', distanceMetres: 10_020 });
    expect(event?.records[1]?.activity.sport).toBe('triathlon');
  });

  it('a replayed push adds nothing', async () => {
    const app = receiver();
    const workouts = [run, triathlon];
    await app.handler(createCorosPushRequest({ url: URL_, workouts }));
    const before = [...app.stored.keys()];
    const again = await app.handler(createCorosPushRequest({ url: URL_, workouts }));
    expect(again.status).toBe(200);
    expect([...app.stored.keys()]).toEqual(before);
    expect(app.stored.size).toBe(2);
  });

  it.each([
    ['a wrong Client', { clientId: 'someone-else' }],
    ['a wrong Secret', { clientSecret: 'not-the-secret' }],
    ['an empty Secret', { clientSecret: '' }],
  ])('%s is refused 401 with nothing handed over, no secret echoed', async (_, wrong) => {
    const app = receiver();
    const response = await app.handler(
      createCorosPushRequest({ url: URL_, workouts: [corosOutdoorRunFixture], ...wrong }),
    );
    expect(response.status).toBe(401);
    expect(app.deliveries).toEqual([]);
    const said = (await response.text()) + JSON.stringify(app.rejections);
    expect(said).not.toContain(credentials.clientSecret);
    expect(app.rejections[0]?.error.code).toBe(ErrorCodes.webhookVerification);
  });

  it('an oversized body is refused 413, nothing handed over', async () => {
    const app = receiver({ maxBodyBytes: 2048 });
    const workouts = createCorosFake({
      now: Date.parse('2026-11-22T12:00:00Z'),
      days: 30,
    }).activities;
    const response = await app.handler(createCorosPushRequest({ url: URL_, workouts }));
    expect(response.status).toBe(413);
    expect(app.deliveries).toEqual([]);
  });

  it.each([
    ['not JSON', 'sportDataList=1'],
    ['truncated JSON', '{"sportDataList":[{"openId":"a","labelId":1,'],
    ['an empty body', ''],
    ['not a push', '{"hello":"world"}'],
    [
      'a record without openId',
      '{"sportDataList":[{"labelId":1,"mode":8,"startTime":1795125600}]}',
    ],
  ])('%s is refused 400, nothing handed over', async (_, body) => {
    const app = receiver();
    const request = createCorosPushRequest({ url: URL_, workouts: [] });
    const response = await app.handler(
      new Request(request, { body, headers: request.headers, method: 'POST' }),
    );
    expect(response.status).toBe(400);
    expect(app.deliveries).toEqual([]);
  });

  it('a failing delivery answers 503 so COROS pushes again', async () => {
    const app = receiver({ failDelivery: true });
    const response = await app.handler(createCorosPushRequest({ url: URL_, workouts: [run] }));
    expect(response.status).toBe(503);
  });

  it("answers COROS' health check (GET) without credentials", async () => {
    const app = receiver();
    const response = await app.handler(new Request(URL_));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(COROS_WEBHOOK_ACK);
  });

  it('keeps 64-bit labelIds exact through the handler', async () => {
    const app = receiver();
    const response = await app.handler(
      createCorosPushRequest({ url: URL_, workouts: [corosOutdoorRunFixture] }),
    );
    expect(response.status).toBe(200);
    expect(app.deliveries[0]?.records[0]?.workout.labelId).toBe('461734982359384066');
  });

  it('keeps 64-bit labelIds exact when given the body text', () => {
    const text =
      '{"sportDataList":[{"openId":"u","labelId":461734982359384066,"mode":8,"startTime":1795125600}]}';
    expect(parseCorosWebhookEvent(text).records[0]?.workout.labelId).toBe('461734982359384066');
    expect(() => parseCorosWebhookEvent(JSON.parse(text))).toThrow(ValidationError);
  });

  it('takes pushes over real HTTP from the sandbox playing COROS', async () => {
    const app = receiver();
    const server = await serve(app.handler);
    try {
      const fake = createCorosFake({ now: Date.parse('2026-11-22T12:00:00Z'), days: 14 });
      const workouts = fake.activities.map((workout, index) => ({
        ...workout,
        labelId: String(9_000_000 + index),
      }));
      const answers = await pushCorosWorkouts({ url: server.url, workouts, batchSize: 4 });
      expect(answers.every((answer) => answer.status === 200)).toBe(true);
      expect(app.stored.size).toBe(workouts.length);
      await pushCorosWorkouts({ url: server.url, workouts, batchSize: 4 });
      expect(app.stored.size).toBe(workouts.length);
    } finally {
      await server.close();
    }
  });
});
