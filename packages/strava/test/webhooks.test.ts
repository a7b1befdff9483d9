import { ValidationError, WebhookVerificationError } from '@fitlink/core';
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
