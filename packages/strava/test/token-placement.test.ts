import { STRAVA_API_BASE_URL } from '@fitlink/strava';
import { describe, expect, it } from 'vitest';
import { useStravaSandbox } from './helpers.js';

/** A request as it left the client. */
interface Sent {
  url: URL;
  method: string;
  authorization: string | null;
  body: string;
}

// Strava's rule from 2027-06-01: access tokens in the `Authorization` header only, never in a
// query or a form body. Every request the client sends is checked here.
describe('tokens only in the Authorization header (Strava, from 2027-06-01)', () => {
  const context = useStravaSandbox();

  it('every API request of a session carries its token as a bearer header, never in the query or body', async () => {
    const { connect, plugin } = context;
    await connect({ expired: true });
    const sent: Sent[] = [];
    const recording: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      sent.push({
        url: new URL(request.url),
        method: request.method,
        authorization: request.headers.get('authorization'),
        body: await request.clone().text(),
      });
      return fetch(request);
    };
    const client = context.client({ fetch: recording });

    await client.athlete.get();
    await client.athlete.zones();
    await client.athlete.stats();
    const [first] = await client.activities.list({ pageSize: 2 }).toArray({ limit: 3 });
    const id = String(first?.id);
    await client.activities.get(id);
    await client.activities.laps(id);
    await client.activities.zones(id);
    await client.activities.streams(id, { keys: ['time', 'heartrate'] });
    await client.activities.create({
      name: 'Gym',
      sportType: 'WeightTraining',
      startDateLocal: '2026-11-21T18:00:00',
      elapsedSeconds: 2700,
    });
    const upload = await client.uploads.create({
      file: new Uint8Array([1, 2, 3]),
      dataType: 'fit',
      externalId: 'placement.fit',
    });
    await client.uploads.get(upload.id);
    await client.getProfile();

    const api = sent.filter(({ url }) => url.href.startsWith(STRAVA_API_BASE_URL));
    expect(api.length).toBeGreaterThanOrEqual(12);
    // The refresh of the expired token went to the token endpoint, through the app.
    expect(plugin.auth.stats.refreshRequests).toBe(1);
    const { accessToken } = (await context.store.get('athlete-1')) ?? { accessToken: '' };
    for (const request of api) {
      const where = `${request.method} ${request.url.pathname}`;
      expect(request.authorization, where).toBe(`Bearer ${accessToken}`);
      expect(request.url.searchParams.has('access_token'), where).toBe(false);
      expect(request.url.href, where).not.toContain(accessToken);
      expect(request.body, where).not.toContain(accessToken);
      expect(request.body, where).not.toContain('access_token');
    }
    expect(plugin.stats.tokensOutsideHeader).toBe(0);
  });

  it('the sandbox refuses a token in the query or a form body, as Strava will', async () => {
    const { connect, plugin } = context;
    const { accessToken } = await connect();
    const headers = { authorization: `Bearer ${accessToken}` };
    const inQuery = await fetch(`${STRAVA_API_BASE_URL}/athlete?access_token=${accessToken}`, {
      headers,
    });
    expect(inQuery.status).toBe(401);
    const inForm = await fetch(`${STRAVA_API_BASE_URL}/activities`, {
      method: 'POST',
      headers,
      body: new URLSearchParams({ access_token: accessToken, name: 'x' }),
    });
    expect(inForm.status).toBe(401);
    expect(plugin.stats.tokensOutsideHeader).toBe(2);
    expect((await fetch(`${STRAVA_API_BASE_URL}/athlete`, { headers })).status).toBe(200);
  });
});
