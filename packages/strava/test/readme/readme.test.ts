import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const here = import.meta.dirname;
const README = readFileSync(join(here, '..', '..', 'README.md'), 'utf8');
const DOCS = readFileSync(
  join(here, '..', '..', '..', '..', 'docs', 'providers', 'strava.md'),
  'utf8',
);
const source = (name: string) => readFileSync(join(here, name), 'utf8').trim();

describe('README', () => {
  it('contains the quick start verbatim, and it runs against the sandbox', async () => {
    expect(README).toContain(source('quickstart.example.ts'));
    expect(DOCS).toContain(source('quickstart.example.ts'));
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await import('./quickstart.example.js');
    expect(log.mock.calls.length).toBeGreaterThan(3);
    for (const [startTime, sport, distance] of log.mock.calls) {
      expect(Date.parse(String(startTime))).toBeGreaterThanOrEqual(
        Date.parse('2026-11-15T12:00:00Z'),
      );
      expect([
        'ride',
        'indoor_ride',
        'run',
        'treadmill_run',
        'walk',
        'hike',
        'swim',
        'indoor_row',
        'weight_training',
      ]).toContain(sport);
      expect(distance === null || typeof distance === 'number').toBe(true);
    }
  });

  it('contains the webhook handler verbatim, and it answers the handshake and events', async () => {
    expect(README).toContain(source('webhook.example.ts'));
    const { handleStravaWebhook } = await import('./webhook.example.js');
    const base = 'https://example.com/strava/webhook';
    const ok = await handleStravaWebhook(
      new Request(
        `${base}?hub.mode=subscribe&hub.challenge=abc&hub.verify_token=a-long-random-string`,
      ),
    );
    expect(await ok.json()).toEqual({ 'hub.challenge': 'abc' });
    const refused = await handleStravaWebhook(
      new Request(`${base}?hub.mode=subscribe&hub.challenge=abc&hub.verify_token=guess`),
    );
    expect(refused.status).toBe(403);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const event = {
      aspect_type: 'update',
      event_time: 1,
      object_id: 5,
      object_type: 'athlete',
      owner_id: 5,
      subscription_id: 120475,
      updates: { authorized: 'false' },
    };
    const answer = await handleStravaWebhook(
      new Request(base, { method: 'POST', body: JSON.stringify(event) }),
    );
    expect(answer.status).toBe(200);
    expect(log.mock.calls).toEqual([['deauthorized', '5']]);
  });
});
