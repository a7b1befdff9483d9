import {
  parseAppleHealthWebhookEvent,
  readAppleHealthAutomation,
  verifyAppleHealthWebhookRequest,
} from '@fitlink/apple-health';
import {
  APPLE_HEALTH_SANDBOX_KEY,
  APPLE_HEALTH_SANDBOX_USER,
  appleHealthExportFixtures,
  lookupAppleHealthSandboxKey,
} from '@fitlink/apple-health/testing';
import { ValidationError, WebhookVerificationError } from '@fitlink/core';
import { describe, expect, it } from 'vitest';

const request = (headers: Record<string, string>) =>
  new Request('https://app.example/ingest', { method: 'POST', headers, body: '{}' });

describe('verifyAppleHealthWebhookRequest', () => {
  it.each([
    ['Bearer in authorization', 'authorization', `Bearer ${APPLE_HEALTH_SANDBOX_KEY}`, undefined],
    ['bare in authorization', 'authorization', APPLE_HEALTH_SANDBOX_KEY, undefined],
    ['in a custom header', 'x-api-key', APPLE_HEALTH_SANDBOX_KEY, 'x-api-key'],
  ])('accepts the key %s', async (_name, name, value, header) => {
    const owner = await verifyAppleHealthWebhookRequest(request({ [name]: value }), {
      lookup: lookupAppleHealthSandboxKey,
      ...(header === undefined ? {} : { header }),
    });
    expect(owner).toBe(APPLE_HEALTH_SANDBOX_USER);
  });

  it('refuses a tampered key with a WebhookVerificationError that does not hold it', async () => {
    const tampered = `${APPLE_HEALTH_SANDBOX_KEY.slice(0, -1)}1`;
    const error = await verifyAppleHealthWebhookRequest(
      request({ authorization: `Bearer ${tampered}` }),
      {
        lookup: lookupAppleHealthSandboxKey,
      },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect(JSON.stringify(error)).not.toContain('sandbox-secret');
    expect(String((error as Error).message)).not.toContain('sandbox-secret');
  });
});

describe('parseAppleHealthWebhookEvent', () => {
  it('reads the body and the automation headers', () => {
    const event = parseAppleHealthWebhookEvent(appleHealthExportFixtures.metricPhone, {
      headers: new Headers({
        'automation-name': 'Daily',
        'session-id': 'abc',
        'automation-period': 'Today',
      }),
    });
    expect(event.activities).toHaveLength(1);
    expect(event.automation).toEqual({
      name: 'Daily',
      id: null,
      aggregation: null,
      period: 'Today',
      sessionId: 'abc',
    });
  });

  it('refuses a body that is not an export with the path of the issue', () => {
    const error = (() => {
      try {
        parseAppleHealthWebhookEvent({ data: { metrics: [{ units: 'count', data: [] }] } });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toEqual(['data', 'metrics', 0, 'name']);
  });

  it('reads no automation headers as nulls', () => {
    expect(readAppleHealthAutomation(new Headers())).toEqual({
      name: null,
      id: null,
      aggregation: null,
      period: null,
      sessionId: null,
    });
  });
});
