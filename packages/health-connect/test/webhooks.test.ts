import { ValidationError, WebhookVerificationError } from '@fitlink/core';
import {
  parseHealthConnectWebhookEvent,
  verifyHealthConnectWebhookRequest,
} from '@fitlink/health-connect';
import {
  healthConnectFlatRecordsFixtures,
  healthConnectWebhookBatchFixtures,
} from '@fitlink/health-connect/testing';
import { describe, expect, it } from 'vitest';
import { setUp } from './helpers.js';

const raw = JSON.stringify(healthConnectWebhookBatchFixtures.day);

describe('verifyHealthConnectWebhookRequest', () => {
  it('gives the key’s owner, or a WebhookVerificationError', async () => {
    const { app, key } = await setUp();
    const signed = new Request('https://app.example/', {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(await verifyHealthConnectWebhookRequest(signed, app.authenticate)).toBe('user-1');
    const unsigned = new Request('https://app.example/');
    await expect(
      verifyHealthConnectWebhookRequest(unsigned, app.authenticate),
    ).rejects.toBeInstanceOf(WebhookVerificationError);
  });
});

describe('parseHealthConnectWebhookEvent', () => {
  it('reads a raw body, as text or bytes, in the selected format', () => {
    const fromText = parseHealthConnectWebhookEvent(raw, { format: 'hc-webhook' });
    const fromBytes = parseHealthConnectWebhookEvent(new TextEncoder().encode(raw), {
      format: 'hc-webhook',
    });
    expect(fromText.activities.map(({ key }) => key)).toEqual(
      fromBytes.activities.map(({ key }) => key),
    );
    const flat = parseHealthConnectWebhookEvent(
      JSON.stringify(healthConnectFlatRecordsFixtures.metric),
      {
        format: 'flat-records',
      },
    );
    expect(flat.dailySummaries[0]?.record.steps).toBe(7300);
  });

  it('refuses an oversized body before parsing it', () => {
    expect(() =>
      parseHealthConnectWebhookEvent(raw, { format: 'hc-webhook', maxBodyBytes: 100 }),
    ).toThrow(WebhookVerificationError);
  });

  it.each([
    ['truncated', raw.slice(0, 50)],
    ['not JSON', 'count=1'],
    ['another format', JSON.stringify(healthConnectFlatRecordsFixtures.metric)],
  ])('refuses a %s body with a ValidationError', (_name, body) => {
    expect(() => parseHealthConnectWebhookEvent(body, { format: 'hc-webhook' })).toThrow(
      ValidationError,
    );
  });
});
