import { TRAININGPEAKS_API_BASE_URL } from '@fitlink/trainingpeaks';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { connect, useTrainingPeaksSandbox } from './helpers.js';

// Another origin (a proxy, say), forwarding to the sandbox environment's API.
const PROXY = 'https://trainingpeaks-proxy.fitlink.test/';

describe('baseUrl', () => {
  const sandbox = useTrainingPeaksSandbox();

  it('sends every API request to an overridden base URL instead of the environment’s host', async () => {
    const received: string[] = [];
    sandbox.server.use(
      http.all(`${PROXY}*`, ({ request }) => {
        received.push(new URL(request.url).pathname);
        const target = request.url.replace(PROXY, TRAININGPEAKS_API_BASE_URL.sandbox);
        return fetch(new Request(target, request));
      }),
    );
    const { client } = await connect({ settings: { baseUrl: PROXY, timeZone: 'America/Denver' } });
    expect((await client.getProfile()).provider).toBe('trainingpeaks');
    expect(received).toEqual(['/v1/athlete/profile']);
    expect(sandbox.plugin.stats.requests).toBe(1);
  });
});
