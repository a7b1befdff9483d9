import { ErrorCodes, ValidationError, WebhookVerificationError } from '@fitlink/core';
import {
  createStravaPushSubscriptions,
  fetchStravaWebhookChange,
  parseStravaWebhookEvent,
  stravaWebhookEventAction,
  verifyStravaWebhookChallenge,
} from '@fitlink/strava';
import {
  STRAVA_FIXTURE_SUBSCRIPTION_ID,
  stravaJson,
  stravaWebhookEventFixtures,
} from '@fitlink/strava/testing';
import { SANDBOX_CLIENT } from '@fitlink/testing';
import { describe, expect, it } from 'vitest';
import { useStravaSandbox } from './helpers.js';

const CALLBACK = 'https://app.sandbox.fitlink.test/strava/webhook';

describe('verifyStravaWebhookChallenge', () => {
  const query = (token: string, mode = 'subscribe') =>
    `${CALLBACK}?hub.mode=${mode}&hub.challenge=15f7d1a91c1f40f8a748fd134752feb3&hub.verify_token=${token}`;

  it('echoes the challenge for the right verify token', () => {
    expect(
      verifyStravaWebhookChallenge(new Request(query('STRAVA')), { verifyToken: 'STRAVA' }),
    ).toEqual({
      'hub.challenge': '15f7d1a91c1f40f8a748fd134752feb3',
    });
  });

  it.each([
    ['a wrong verify token', query('STRAVB')],
    ['a longer verify token', query('STRAVA2')],
    ['another hub.mode', query('STRAVA', 'unsubscribe')],
    ['no challenge', `${CALLBACK}?hub.mode=subscribe&hub.verify_token=STRAVA`],
  ])('rejects %s', (_name, url) => {
    expect(() => verifyStravaWebhookChallenge(url, { verifyToken: 'STRAVA' })).toThrowError(
      WebhookVerificationError,
    );
  });
});

describe('parseStravaWebhookEvent', () => {
  const options = { subscriptionId: STRAVA_FIXTURE_SUBSCRIPTION_ID };

  it('parses events from a Request, keeping an int64 object id exact', async () => {
    const body = stravaJson({
      ...stravaWebhookEventFixtures.activityCreate,
      object_id: 18014398509482993n,
    });
    const event = await parseStravaWebhookEvent(
      new Request(CALLBACK, { method: 'POST', body }),
      options,
    );
    expect(event.object_id).toBe('18014398509482993');
    expect(stravaWebhookEventAction(event)).toEqual({
      type: 'fetch-activity',
      activityId: '18014398509482993',
      ownerId: '134815',
    });
  });

  it.each([
    ['activityUpdate', { type: 'fetch-activity', activityId: '1360128428', ownerId: '134815' }],
    ['activityDelete', { type: 'delete-activity', activityId: '1360128428', ownerId: '134815' }],
    ['deauthorize', { type: 'deauthorized', ownerId: '134815' }],
  ] as const)('%s → %o', async (name, action) => {
    const event = await parseStravaWebhookEvent(
      JSON.stringify(stravaWebhookEventFixtures[name]),
      options,
    );
    expect(stravaWebhookEventAction(event)).toEqual(action);
  });

  it('an athlete update that is not a deauthorization refetches the athlete', async () => {
    const event = await parseStravaWebhookEvent(
      { ...stravaWebhookEventFixtures.deauthorize, updates: { authorized: 'true' } },
      options,
    );
    expect(stravaWebhookEventAction(event)).toEqual({ type: 'fetch-athlete', ownerId: '134815' });
  });

  it('rejects an event of another subscription (Strava signs nothing: the id is the check)', async () => {
    const tampered = { ...stravaWebhookEventFixtures.activityCreate, subscription_id: 999 };
    await expect(parseStravaWebhookEvent(tampered, options)).rejects.toMatchObject({
      reason: 'unknown_subscription',
    });
  });

  it('rejects a body that is not JSON, and a malformed event with the path', async () => {
    await expect(parseStravaWebhookEvent('{"aspect_type":', options)).rejects.toMatchObject({
      reason: 'malformed',
    });
    const error = await parseStravaWebhookEvent(
      { ...stravaWebhookEventFixtures.activityCreate, aspect_type: 'patch' },
      options,
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toEqual(['aspect_type']);
  });
});

describe('parseStravaWebhookEvent: subscription_id must match exactly', () => {
  const create = stravaWebhookEventFixtures.activityCreate;
  const outcome = (input: unknown, subscriptionId: number | string = 120475) =>
    parseStravaWebhookEvent(input, { subscriptionId }).then(
      (event) => `ok ${event.subscription_id}`,
      (error: unknown) =>
        error instanceof WebhookVerificationError
          ? error.reason
          : ((error as { code?: string }).code ?? String(error)),
    );
  const raw = (subscriptionId: string) =>
    JSON.stringify(create).replace(
      '"subscription_id":120475',
      `"subscription_id":${subscriptionId}`,
    );

  it('accepts the integer 120475 from a body, bytes, a Request or decoded JSON', async () => {
    expect(raw('120475')).toContain('"subscription_id":120475');
    expect(await outcome(raw('120475'))).toBe('ok 120475');
    expect(await outcome(new TextEncoder().encode(raw('120475')))).toBe('ok 120475');
    expect(await outcome(new Request(CALLBACK, { method: 'POST', body: raw('120475') }))).toBe(
      'ok 120475',
    );
    expect(await outcome(create)).toBe('ok 120475');
  });

  it('takes your subscription id as a number or a decimal string', async () => {
    expect(await outcome(create, '120475')).toBe('ok 120475');
    expect(await outcome(create, 120475)).toBe('ok 120475');
  });

  it.each([
    ['120475.9', 'malformed'],
    ['120475.5', 'malformed'],
    ['-120475', 'unknown_subscription'],
    ['120476', 'unknown_subscription'],
    ['1204750', 'unknown_subscription'],
    ['12047', 'unknown_subscription'],
    ['"120475"', 'malformed'], // Strava documents an integer: a JSON string is not one
    ['"120475.0"', 'ValidationError'],
    ['"0120475"', 'malformed'],
    ['1e400', 'ValidationError'], // Infinity
    ['120475000000000000001', 'unknown_subscription'], // beyond 2^53, kept exact: not 120475
  ])('refuses subscription_id %s in the body (%s)', async (value, expected) => {
    const result = await parseStravaWebhookEvent(raw(value), { subscriptionId: 120475 }).catch(
      (error: unknown) => error,
    );
    if (expected === 'ValidationError') expect(result).toBeInstanceOf(ValidationError);
    else expect(result).toMatchObject({ reason: expected, provider: 'strava' });
  });

  it('refuses 120475.9 and "120475" as decoded JSON too, even with validation off', async () => {
    for (const subscription_id of [120475.9, '120475', 120475 + 2 ** 53]) {
      for (const validation of ['strict', 'off'] as const) {
        await expect(
          parseStravaWebhookEvent(
            { ...create, subscription_id },
            { subscriptionId: 120475, validation },
          ),
        ).rejects.toMatchObject({ reason: 'malformed' });
      }
    }
    await expect(
      parseStravaWebhookEvent(
        { ...create, subscription_id: undefined },
        { subscriptionId: 120475, validation: 'off' },
      ),
    ).rejects.toMatchObject({ reason: 'malformed' });
  });

  it('matches an int64 subscription id exactly', async () => {
    const big = '18014398509482993';
    expect(await outcome(raw(big), big)).toBe(`ok ${big}`);
    expect(await outcome(raw('18014398509482992'), big)).toBe('unknown_subscription');
  });

  it.each([120475.9, 0, -1, Number.NaN, '', '120475.9', ' 120475', '0120475', 'abc'])(
    'refuses the configured subscriptionId %s as invalid_argument, before reading the body',
    async (subscriptionId) => {
      const request = new Request(CALLBACK, { method: 'POST', body: raw('120475') });
      await expect(
        parseStravaWebhookEvent(request, { subscriptionId: subscriptionId as number }),
      ).rejects.toMatchObject({ code: ErrorCodes.invalidArgument });
      expect(request.bodyUsed).toBe(false);
    },
  );
});

describe('parseStravaWebhookEvent: body size limit', () => {
  const body = JSON.stringify(stravaWebhookEventFixtures.activityCreate);
  const size = new TextEncoder().encode(body).byteLength;
  const options = (maxBodyBytes?: number) => ({
    subscriptionId: STRAVA_FIXTURE_SUBSCRIPTION_ID,
    ...(maxBodyBytes !== undefined ? { maxBodyBytes } : {}),
  });

  it('accepts a body of exactly maxBodyBytes and refuses one byte more, in every raw form', async () => {
    const forms = () => [
      body,
      new TextEncoder().encode(body),
      new Request(CALLBACK, { method: 'POST', body }),
    ];
    for (const input of forms()) {
      await expect(parseStravaWebhookEvent(input, options(size))).resolves.toMatchObject({
        subscription_id: STRAVA_FIXTURE_SUBSCRIPTION_ID,
      });
    }
    for (const input of forms()) {
      await expect(parseStravaWebhookEvent(input, options(size - 1))).rejects.toMatchObject({
        code: ErrorCodes.webhookBodyTooLarge,
        reason: 'malformed',
        provider: 'strava',
      });
    }
  });

  it('refuses a body over the 1 MiB default, and stops reading an endless one at the limit', async () => {
    const padded = `${body.slice(0, -1)},"pad":"${'x'.repeat(1_048_576)}"}`;
    await expect(parseStravaWebhookEvent(padded, options())).rejects.toMatchObject({
      code: ErrorCodes.webhookBodyTooLarge,
    });
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulled += 1024;
          controller.enqueue(new TextEncoder().encode(' '.repeat(1024)));
        },
      },
      { highWaterMark: 0 },
    );
    const endless = new Request(CALLBACK, {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await expect(parseStravaWebhookEvent(endless, options(8192))).rejects.toMatchObject({
      code: ErrorCodes.webhookBodyTooLarge,
    });
    expect(pulled).toBeLessThanOrEqual(8192 + 3 * 1024);
  });

  it('leaves the request readable after parsing it', async () => {
    const request = new Request(CALLBACK, { method: 'POST', body });
    await parseStravaWebhookEvent(request, options());
    expect(await request.text()).toBe(body);
  });
});

describe('webhooks against the sandbox', () => {
  const context = useStravaSandbox();

  it('creates, views and deletes the subscription, answering the challenge', async () => {
    const { http } = await import('msw');
    // Our app's callback endpoint, which the sandbox calls with the challenge.
    context.server.use(
      http.get(CALLBACK, ({ request }) => {
        try {
          return Response.json(verifyStravaWebhookChallenge(request, { verifyToken: 'STRAVA' }));
        } catch {
          return new Response(null, { status: 403 });
        }
      }),
    );
    {
      const subscriptions = createStravaPushSubscriptions({
        clientId: SANDBOX_CLIENT.clientId,
        clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
      });
      const { id } = await subscriptions.create({ callbackUrl: CALLBACK, verifyToken: 'STRAVA' });
      expect(id).toBe(120475);
      expect(await subscriptions.view()).toMatchObject([{ id: 120475, callback_url: CALLBACK }]);
      await expect(
        subscriptions.create({ callbackUrl: CALLBACK, verifyToken: 'STRAVA' }),
      ).rejects.toMatchObject({ status: 400 });
      await subscriptions.delete(id);
      expect(await subscriptions.view()).toEqual([]);
      await expect(
        subscriptions.create({ callbackUrl: CALLBACK, verifyToken: 'WRONG' }),
      ).rejects.toMatchObject({
        status: 400,
        bodyExcerpt: expect.stringContaining('GET to callback URL does not return 200'),
      });
      const wrong = createStravaPushSubscriptions({
        clientId: SANDBOX_CLIENT.clientId,
        clientSecret: 'nope',
      });
      const refused = await wrong.view().catch((caught: unknown) => caught);
      expect(JSON.stringify(refused)).not.toContain('nope');
    }
  });

  it('fetches what an event says changed', async () => {
    const { connect, plugin } = context;
    await connect();
    const client = context.client();
    const activity = plugin.data.fake.activities[3];
    const event = await parseStravaWebhookEvent(
      { ...stravaWebhookEventFixtures.activityCreate, object_id: String(activity?.id) },
      { subscriptionId: STRAVA_FIXTURE_SUBSCRIPTION_ID },
    );
    const data = await fetchStravaWebhookChange(client, event);
    expect(data.type === 'activity' && data.activity.name).toBe(activity?.workout.title);
    const deauth = await parseStravaWebhookEvent(stravaWebhookEventFixtures.deauthorize, {
      subscriptionId: STRAVA_FIXTURE_SUBSCRIPTION_ID,
    });
    expect(await fetchStravaWebhookChange(client, deauth)).toEqual({
      type: 'deauthorized',
      ownerId: '134815',
    });
    const athlete = await fetchStravaWebhookChange(client, { ...deauth, updates: {} });
    expect(athlete.type === 'athlete' && athlete.athlete.firstname).toBe('Sandy');
  });
});
