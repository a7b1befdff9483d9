import { STRAVA_API_BASE_URL, STRAVA_API_V3_BASE_URL } from '@fitlink/strava';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { NOW, useStravaSandbox } from './helpers.js';

describe('baseUrl', () => {
  const context = useStravaSandbox();

  it('sends every API request to an overridden base URL (Strava’s new host, opted in)', async () => {
    await context.connect();
    // The new host, served by forwarding to the sandbox's Strava: the route paths are the same.
    const received: string[] = [];
    context.server.use(
      http.all(`${STRAVA_API_V3_BASE_URL}/*`, ({ request }) => {
        received.push(new URL(request.url).pathname);
        const target = request.url.replace(STRAVA_API_V3_BASE_URL, STRAVA_API_BASE_URL);
        return fetch(new Request(target, request));
      }),
    );
    const client = context.client({ baseUrl: STRAVA_API_V3_BASE_URL });
    const activities = await client
      .listActivities({ since: new Date(NOW - 7 * 86_400_000) })
      .toArray({ limit: 3 });
    expect(activities.length).toBeGreaterThan(0);
    expect((await client.getProfile()).provider).toBe('strava');
    expect(received).toEqual(['/athlete/activities', '/athlete']);
    expect(context.plugin.stats.requests).toBe(received.length);
  });

  it('keeps www.strava.com/api/v3 by default: the new host is opt-in', async () => {
    expect(STRAVA_API_V3_BASE_URL).toBe('https://api-v3.strava.com');
    await context.connect();
    await context.client().getProfile();
    expect(context.plugin.stats.calls.map((call) => call.url.origin + call.url.pathname)).toEqual([
      `${STRAVA_API_BASE_URL}/athlete`,
    ]);
  });
});
