import { ErrorCodes, type FitlinkError, ProviderError, RateLimitError } from '@fitlink/core';
import { createFakeClock } from '@fitlink/testing';
import { describe, expect, it } from 'vitest';
import { connect, useTrainingPeaksSandbox } from '../helpers.js';

describe('client.files', () => {
  const holder = useTrainingPeaksSandbox();
  const bytes = new TextEncoder().encode('.FIT fake activity bytes');

  it('uploads a FIT file asynchronously (202) and reports a second upload as duplicate (422)', async () => {
    const { client } = await connect({
      settings: { uploadClient: 'FitlinkTests' },
      scopes: ['file:write'],
    });
    expect(await client.files.upload({ filename: 'ride.fit', data: bytes, title: 'Ride' })).toEqual(
      {
        status: 'accepted',
      },
    );
    expect(await client.files.upload({ filename: 'ride.fit', data: bytes })).toEqual({
      status: 'duplicate',
    });
    expect(holder.plugin.data.uploads).toHaveLength(1);
  });

  it('refuses other file types before sending, and surfaces a 415 as ProviderError', async () => {
    const { client } = await connect({ scopes: ['file:write'] });
    const local = await client.files
      .upload({ filename: 'ride.gpx', data: bytes })
      .catch((caught: unknown) => caught);
    expect((local as FitlinkError).code).toBe(ErrorCodes.invalidArgument);
    expect(holder.plugin.stats.requestLog.some((line) => line.startsWith('POST'))).toBe(false);
    const sent = await client.files
      .upload({ filename: 'ride.fit', data: '' })
      .catch((caught: unknown) => caught);
    expect(sent).toBeInstanceOf(ProviderError);
    expect((sent as ProviderError).status).toBe(400);
    expect((sent as Error).message).toContain('UploadClient, Filename and Data are required');
  });
});

describe('client.webhookSubscriptions', () => {
  useTrainingPeaksSandbox();

  it('creates, lists, updates and deletes a subscription', async () => {
    const { client } = await connect({
      scopes: ['webhook:read-subscriptions', 'webhook:write-subscriptions'],
    });
    const created = await client.webhookSubscriptions.create({
      athleteId: 4_815_162,
      eventType: 'workout-created',
      webhookUrl: 'https://app.test/hooks/tp?token=s3cret',
    });
    expect(created).toMatchObject({
      AthleteId: 4_815_162,
      EventType: 'workout-created',
      Active: true,
    });
    expect(await client.webhookSubscriptions.list()).toHaveLength(1);
    const updated = await client.webhookSubscriptions.update(created.Id, {
      eventType: 'workout-updated',
      webhookUrl: 'https://app.test/hooks/tp?token=s3cret',
      active: false,
    });
    expect(updated).toMatchObject({ EventType: 'workout-updated', Active: false });
    await client.webhookSubscriptions.delete(created.Id);
    expect(await client.webhookSubscriptions.list()).toEqual([]);
    const missing = await client.webhookSubscriptions
      .delete(created.Id)
      .catch((caught: unknown) => caught);
    expect((missing as ProviderError).status).toBe(404);
  });
});

describe('rate limits and overload', () => {
  const holder = useTrainingPeaksSandbox();

  it('waits for Retry-After on a 503 (TrainingPeaks overload) without real time passing', async () => {
    const clock = createFakeClock();
    const { client } = await connect({ settings: { clock } });
    holder.plugin.knobs.overloadedResponses = 1;
    holder.plugin.knobs.retryAfterSeconds = 3;
    const profile = await client.athlete.profile();
    expect(profile.Id).toBe(4_815_162);
    expect(clock.sleeps).toEqual([3_000]);
  });

  it('waits for Retry-After on a 429 and throws RateLimitError past the bound', async () => {
    const clock = createFakeClock();
    const { client } = await connect({ settings: { clock, maxRateLimitWaitMs: 10_000 } });
    holder.sandbox.faults.inject(
      { kind: 'rate-limit', retryAfterSeconds: 5 },
      { match: '/v1/athlete/zones' },
    );
    await client.athlete.zones();
    expect(clock.sleeps).toEqual([5_000]);
    holder.sandbox.faults.inject(
      { kind: 'rate-limit', retryAfterSeconds: 60 },
      { match: '/v1/athlete/zones' },
    );
    const error = await client.athlete.zones().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAt.getTime()).toBe(clock.now() + 60_000);
  });

  it('maps a TrainingPeaks error body to a ProviderError carrying its Message', async () => {
    const { client } = await connect();
    const error = await client.workouts.get('1').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).status).toBe(404);
    expect((error as Error).message).toBe(
      'TrainingPeaks answered 404 for GET /v2/workouts/id/1: Workout not found',
    );
  });
});
