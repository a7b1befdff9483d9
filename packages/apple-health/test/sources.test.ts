import { createAppleHealthClient } from '@fitlink/apple-health';
import {
  APPLE_HEALTH_SANDBOX_KEY,
  createAppleHealthFake,
  createAppleHealthPhone,
  lookupAppleHealthSandboxKey,
} from '@fitlink/apple-health/testing';
import { FitlinkError } from '@fitlink/core';
import { describe, expect, it } from 'vitest';
import { NOW } from './helpers.js';

async function received() {
  const client = createAppleHealthClient({
    lookup: lookupAppleHealthSandboxKey,
    clock: { now: () => NOW, sleep: async () => undefined },
  });
  const phone = createAppleHealthPhone({
    url: 'https://your.app/ingest',
    key: APPLE_HEALTH_SANDBOX_KEY,
    fetch: async (input, init) => client.handler(new Request(input, init)),
  });
  expect((await phone.send(createAppleHealthFake({ now: NOW, days: 10 }))).status).toBe(200);
  return client;
}

describe('Apple Health sources', () => {
  it('lists daily summaries whose local day overlaps the range', async () => {
    const client = await received();
    const all = await client.listDailySummaries({}).toArray({ limit: Infinity });
    const since = new Date(Date.parse(`${all.at(-3)?.date}T12:00:00Z`));
    const recent = await client.listDailySummaries({ since }).toArray({ limit: Infinity });
    expect(recent.map((day) => day.date)).toEqual(all.slice(-3).map((day) => day.date));
  });

  it('refuses since at or after until', async () => {
    const client = await received();
    expect(() => client.listActivities({ since: new Date(NOW), until: new Date(NOW) })).toThrow(
      FitlinkError,
    );
  });

  it('stops at toArray limit', async () => {
    const client = await received();
    expect(await client.listActivities({}).toArray({ limit: 2 })).toHaveLength(2);
  });
});
