import { createOuraWebhookSubscriptions, fetchOuraWebhookChange } from '@fitlink/oura';
import { createFakeClock, SANDBOX_CLIENT } from '@fitlink/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { connect, NOW, ouraPlugin } from './helpers.js';

const DAY = 86_400_000;

describe('webhook subscriptions', () => {
  const clock = createFakeClock({ start: NOW });
  const sandbox = useSandbox(() => [ouraPlugin({ clock: () => clock.now() })]);
  const webhooks = () =>
    createOuraWebhookSubscriptions({
      clientId: SANDBOX_CLIENT.clientId,
      clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
      clock,
    });

  it('creates, lists, gets, updates, renews and deletes with the app credentials', async () => {
    const manager = webhooks();
    const created = await manager.create({
      callbackUrl: 'https://example.com/oura',
      verificationToken: 'tok',
      eventType: 'update',
      dataType: 'sleep',
    });
    expect(created).toMatchObject({ event_type: 'update', data_type: 'sleep' });
    expect(Date.parse(created.expiration_time)).toBe(NOW + 90 * DAY);
    expect(await manager.list()).toEqual([created]);
    expect(await manager.get(created.id)).toEqual(created);
    expect(
      await manager.update(created.id, {
        verificationToken: 'tok',
        callbackUrl: 'https://example.com/v2',
      }),
    ).toMatchObject({ callback_url: 'https://example.com/v2' });

    clock.advance(85 * DAY);
    expect(manager.due(await manager.list()).map((item) => item.id)).toEqual([created.id]);
    const renewed = await manager.renewDue();
    expect(renewed.map((item) => item.id)).toEqual([created.id]);
    expect(Date.parse(renewed[0]?.expiration_time ?? '')).toBe(NOW + 175 * DAY);
    expect(manager.due(await manager.list())).toEqual([]);

    await manager.delete(created.id);
    expect(await manager.list()).toEqual([]);
    await expect(manager.delete(created.id)).rejects.toMatchObject({ status: 404 });
  });

  it('wrong app credentials are a 403, and the secret is not in the error', async () => {
    const manager = createOuraWebhookSubscriptions({
      clientId: 'nope',
      clientSecret: 'very-secret-value',
    });
    const error = await manager.list().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 403 });
    expect(JSON.stringify(error)).not.toContain('very-secret-value');
    expect(String(error)).not.toContain('very-secret-value');
  });

  it('fetches the changed document of an event, normalized for workouts and sleep', async () => {
    const { client } = await connect(sandbox.plugin);
    const workout = sandbox.plugin.data.workouts[0];
    const base = { event_time: '2026-11-20T08:00:00+00:00', user_id: 'sandbox-user-1' };
    const change = await fetchOuraWebhookChange(client, {
      ...base,
      event_type: 'create',
      data_type: 'workout',
      object_id: workout?.id ?? '',
    });
    expect(change.kind).toBe('workout');
    if (change.kind === 'workout') expect(change.activity.externalId).toBe(workout?.id);
    const sleep = sandbox.plugin.data.sleeps[0];
    const sleepChange = await fetchOuraWebhookChange(client, {
      ...base,
      event_type: 'update',
      data_type: 'sleep',
      object_id: sleep?.id ?? '',
    });
    expect(sleepChange.kind === 'sleep' && sleepChange.sleep.externalId).toBe(sleep?.id);
    expect(
      await fetchOuraWebhookChange(client, {
        ...base,
        event_type: 'delete',
        data_type: 'sleep',
        object_id: 'x',
      }),
    ).toMatchObject({ kind: 'deleted', documentId: 'x' });
    expect(
      await fetchOuraWebhookChange(client, {
        ...base,
        event_type: 'create',
        data_type: 'pregnancy',
        object_id: 'x',
      }),
    ).toMatchObject({ kind: 'unsupported' });
    const before = sandbox.plugin.stats.requests;
    expect(before).toBe(2);
  });
});
