import { ErrorCodes, type FitlinkError, WebhookVerificationError } from '@fitlink/core';
import {
  fetchTrainingPeaksWebhookChange,
  parseTrainingPeaksWebhookEvent,
  verifyTrainingPeaksWebhook,
  verifyTrainingPeaksWebhookRequest,
} from '@fitlink/trainingpeaks';
import {
  createTrainingPeaksWebhookRequest,
  trainingpeaksWebhookFixtures,
} from '@fitlink/trainingpeaks/testing';
import { describe, expect, it } from 'vitest';
import { connect, NOW, useTrainingPeaksSandbox } from './helpers.js';

const URL_WITH_TOKEN = 'https://app.test/hooks/tp?token=s3cret-token';
const subscriptions = [
  {
    Id: '0d76e887-0000-4000-8000-000000000001',
    AthleteId: 765_432,
    EventType: 'workout-created',
    Active: true,
  },
];

const reasonOf = async (promise: Promise<unknown>) => {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return (error as WebhookVerificationError).reason;
};

describe('verifyTrainingPeaksWebhookRequest', () => {
  it('accepts a post to the URL carrying the app’s token and types the event', async () => {
    const request = createTrainingPeaksWebhookRequest(
      URL_WITH_TOKEN,
      trainingpeaksWebhookFixtures.created,
    );
    const event = await verifyTrainingPeaksWebhookRequest(request, {
      urlToken: 's3cret-token',
      subscriptions,
    });
    expect(event).toEqual({
      type: 'workout-created',
      athleteId: '765432',
      workoutId: '2345678901',
      subscriptionId: '0d76e887-0000-4000-8000-000000000001',
      payload: trainingpeaksWebhookFixtures.created,
    });
    // Read from a clone: the framework can still read the body.
    expect(await request.json()).toEqual(trainingpeaksWebhookFixtures.created);
  });

  it.each([
    ['a missing token', 'https://app.test/hooks/tp', 'bad_api_key'],
    ['a wrong token', 'https://app.test/hooks/tp?token=s3cret-tokem', 'bad_api_key'],
    [
      'a token in another parameter',
      'https://app.test/hooks/tp?secret=s3cret-token',
      'bad_api_key',
    ],
  ])('rejects %s', async (_name, url, reason) => {
    const request = createTrainingPeaksWebhookRequest(url, trainingpeaksWebhookFixtures.created);
    expect(
      await reasonOf(verifyTrainingPeaksWebhookRequest(request, { urlToken: 's3cret-token' })),
    ).toBe(reason);
  });

  it('rejects a tampered body: another athlete or event type than subscribed', async () => {
    const otherAthlete = { ...trainingpeaksWebhookFixtures.created, AthleteId: 1 };
    const otherType = { ...trainingpeaksWebhookFixtures.created, EventType: 'workout-deleted' };
    for (const body of [otherAthlete, otherType]) {
      const request = createTrainingPeaksWebhookRequest(URL_WITH_TOKEN, body);
      expect(
        await reasonOf(
          verifyTrainingPeaksWebhookRequest(request, { urlToken: 's3cret-token', subscriptions }),
        ),
      ).toBe('unknown_subscription');
    }
    const inactive = [{ ...subscriptions[0], Active: false }];
    const request = createTrainingPeaksWebhookRequest(
      URL_WITH_TOKEN,
      trainingpeaksWebhookFixtures.created,
    );
    expect(
      await reasonOf(
        verifyTrainingPeaksWebhookRequest(request, {
          urlToken: 's3cret-token',
          subscriptions: inactive,
        }),
      ),
    ).toBe('unknown_subscription');
  });

  it('rejects bodies that are not JSON objects', async () => {
    const notJson = new Request(URL_WITH_TOKEN, { method: 'POST', body: 'workout-created' });
    expect(
      await reasonOf(verifyTrainingPeaksWebhookRequest(notJson, { urlToken: 's3cret-token' })),
    ).toBe('malformed');
    expect(() => parseTrainingPeaksWebhookEvent('[1,2]')).toThrow(WebhookVerificationError);
    expect(() => parseTrainingPeaksWebhookEvent('{"AthleteId":{"nested":true}}')).toThrow(
      /expected shape/,
    );
  });

  it('requires a URL token unless explicitly opted out', async () => {
    const request = createTrainingPeaksWebhookRequest(
      URL_WITH_TOKEN,
      trainingpeaksWebhookFixtures.deleted,
    );
    const error = await verifyTrainingPeaksWebhookRequest(request, {}).catch(
      (caught: unknown) => caught,
    );
    expect((error as FitlinkError).code).toBe(ErrorCodes.invalidArgument);
    const event = await verifyTrainingPeaksWebhookRequest(request, { allowUnauthenticated: true });
    expect(event.type).toBe('workout-deleted');
  });

  it.each([
    ['an empty token', ''],
    ['a blank token', '   '],
  ])(
    'refuses to verify anything with %s, even a post to ?token= (invalid_argument)',
    async (_, urlToken) => {
      for (const url of [
        'https://app.test/hooks/tp?token=',
        `https://app.test/hooks/tp?token=${encodeURIComponent(urlToken)}`,
        'https://app.test/hooks/tp',
        URL_WITH_TOKEN,
      ]) {
        const request = createTrainingPeaksWebhookRequest(
          url,
          trainingpeaksWebhookFixtures.created,
        );
        for (const allowUnauthenticated of [false, true]) {
          const error = await verifyTrainingPeaksWebhookRequest(request, {
            urlToken,
            allowUnauthenticated,
          }).catch((caught: unknown) => caught);
          expect(error).toMatchObject({
            code: ErrorCodes.invalidArgument,
            provider: 'trainingpeaks',
          });
          const raw = await verifyTrainingPeaksWebhook({
            url,
            body: JSON.stringify(trainingpeaksWebhookFixtures.created),
            urlToken,
            allowUnauthenticated,
          }).catch((caught: unknown) => caught);
          expect(raw).toMatchObject({ code: ErrorCodes.invalidArgument });
        }
        // Refused before the body is read.
        expect(request.bodyUsed).toBe(false);
      }
    },
  );

  it('refuses an empty presented token as missing', async () => {
    const request = createTrainingPeaksWebhookRequest(
      'https://app.test/hooks/tp?token=',
      trainingpeaksWebhookFixtures.created,
    );
    expect(
      await reasonOf(verifyTrainingPeaksWebhookRequest(request, { urlToken: 's3cret-token' })),
    ).toBe('bad_api_key');
  });

  it('accepts a body of exactly maxBodyBytes and refuses one byte more', async () => {
    const body = JSON.stringify(trainingpeaksWebhookFixtures.created);
    const size = new TextEncoder().encode(body).byteLength;
    const post = () =>
      createTrainingPeaksWebhookRequest(URL_WITH_TOKEN, trainingpeaksWebhookFixtures.created);
    const options = (maxBodyBytes: number) => ({ urlToken: 's3cret-token', maxBodyBytes });
    await expect(verifyTrainingPeaksWebhookRequest(post(), options(size))).resolves.toMatchObject({
      type: 'workout-created',
    });
    const tooLarge = {
      code: ErrorCodes.webhookBodyTooLarge,
      reason: 'malformed',
      provider: 'trainingpeaks',
    };
    await expect(
      verifyTrainingPeaksWebhookRequest(post(), options(size - 1)),
    ).rejects.toMatchObject(tooLarge);
    for (const raw of [body, new TextEncoder().encode(body)]) {
      await expect(
        verifyTrainingPeaksWebhook({ url: URL_WITH_TOKEN, body: raw, ...options(size - 1) }),
      ).rejects.toMatchObject(tooLarge);
    }
    expect(() => parseTrainingPeaksWebhookEvent(body, { maxBodyBytes: size - 1 })).toThrowError(
      expect.objectContaining(tooLarge),
    );
    expect(parseTrainingPeaksWebhookEvent(body, { maxBodyBytes: size }).type).toBe(
      'workout-created',
    );
  });

  it('counts the raw bytes: invalid UTF-8 at exactly the limit is not refused as too large', async () => {
    const body = new TextEncoder().encode(
      JSON.stringify({ ...trainingpeaksWebhookFixtures.created, Note: 'XX' }),
    );
    const at = new TextDecoder().decode(body).indexOf('XX');
    body.set([0xff, 0xff], at); // each decodes to U+FFFD: 3 bytes of text for 1 byte received
    const request = new Request(URL_WITH_TOKEN, { method: 'POST', body });
    const event = await verifyTrainingPeaksWebhookRequest(request, {
      urlToken: 's3cret-token',
      maxBodyBytes: body.byteLength,
    });
    expect(event.payload).toMatchObject({ Note: '\uFFFD\uFFFD' });
  });

  it('refuses a body over the 1 MiB default, and stops reading an endless one at the limit', async () => {
    const padded = { ...trainingpeaksWebhookFixtures.created, Pad: 'x'.repeat(1_048_576) };
    const big = createTrainingPeaksWebhookRequest(URL_WITH_TOKEN, padded);
    await expect(
      verifyTrainingPeaksWebhookRequest(big, { urlToken: 's3cret-token' }),
    ).rejects.toMatchObject({ code: ErrorCodes.webhookBodyTooLarge });
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulled += 1024;
          controller.enqueue(new Uint8Array(1024).fill(0x20));
        },
      },
      { highWaterMark: 0 },
    );
    const endless = new Request(URL_WITH_TOKEN, {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await expect(
      verifyTrainingPeaksWebhookRequest(endless, { urlToken: 's3cret-token', maxBodyBytes: 4096 }),
    ).rejects.toMatchObject({ code: ErrorCodes.webhookBodyTooLarge });
    expect(pulled).toBeLessThanOrEqual(4096 + 3 * 1024);
    // A post without the token is refused before its body is read at all.
    let touched = 0;
    const unauthenticated = new Request('https://app.test/hooks/tp', {
      method: 'POST',
      body: new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            touched += 1;
            controller.enqueue(new Uint8Array(1024));
          },
        },
        { highWaterMark: 0 },
      ),
      duplex: 'half',
    } as RequestInit);
    expect(
      await reasonOf(
        verifyTrainingPeaksWebhookRequest(unauthenticated, { urlToken: 's3cret-token' }),
      ),
    ).toBe('bad_api_key');
    expect(touched).toBe(0);
  });

  it('keeps unknown event types as null without failing', () => {
    expect(
      parseTrainingPeaksWebhookEvent('{"EventType":"workout-exploded","AthleteId":"12"}'),
    ).toMatchObject({
      type: null,
      athleteId: '12',
      workoutId: null,
    });
  });
});

describe('fetchTrainingPeaksWebhookChange', () => {
  const holder = useTrainingPeaksSandbox();

  it('fetches the named workout, needs no call for a deletion, and reads the changed feed otherwise', async () => {
    const { client } = await connect();
    const { data, stats } = holder.plugin;
    const workout = data.workouts.at(-2);
    const created = parseTrainingPeaksWebhookEvent(
      JSON.stringify({
        EventType: 'workout-created',
        AthleteId: 4_815_162,
        WorkoutId: workout?.Id,
      }),
    );
    const before = stats.requestLog.length;
    expect(await fetchTrainingPeaksWebhookChange(client, created)).toEqual({
      deleted: [],
      modified: [workout],
    });
    expect(stats.requestLog.slice(before)).toEqual([`GET /v2/workouts/id/${workout?.Id}`]);

    const deleted = parseTrainingPeaksWebhookEvent(
      JSON.stringify(trainingpeaksWebhookFixtures.deleted),
    );
    const count = stats.requestLog.length;
    expect(await fetchTrainingPeaksWebhookChange(client, deleted)).toEqual({
      deleted: ['2345678909'],
      modified: [],
    });
    expect(stats.requestLog.length).toBe(count);

    const vague = parseTrainingPeaksWebhookEvent(
      JSON.stringify(trainingpeaksWebhookFixtures.updatedWithoutWorkout),
    );
    await expect(fetchTrainingPeaksWebhookChange(client, vague)).rejects.toThrow(/since/);
    const changes = await fetchTrainingPeaksWebhookChange(client, vague, {
      since: new Date(NOW - 2 * 86_400_000),
    });
    expect(changes.modified.length).toBeGreaterThan(0);
    expect(
      changes.modified.every((w) => Date.parse(w.LastModifiedDate ?? '') >= NOW - 2 * 86_400_000),
    ).toBe(true);
  });
});
