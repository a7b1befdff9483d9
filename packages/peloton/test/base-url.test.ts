import { PELOTON_API_BASE_URL } from '@fitlink/peloton';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { connect, NOW, usePelotonSandbox } from './helpers.js';

// Another origin (a proxy, say), forwarding to the sandbox's Peloton API.
const PROXY = 'https://peloton-proxy.fitlink.test';

const ctx = usePelotonSandbox();

describe('baseUrl', () => {
  it('sends every API request to an overridden base URL', async () => {
    const received: string[] = [];
    ctx.server.use(
      http.all(`${PROXY}/*`, ({ request }) => {
        received.push(new URL(request.url).pathname);
        return fetch(new Request(request.url.replace(PROXY, PELOTON_API_BASE_URL), request));
      }),
    );
    const { client } = await connect({ baseUrl: PROXY });
    const since = new Date(NOW - 7 * 86_400_000);
    const [activity] = await client
      .listActivities({ since, withTotals: false })
      .toArray({ limit: 1 });
    expect(activity?.provider).toBe('peloton');
    // The member id is looked up first, then the workouts are listed, all through the proxy.
    expect(received[0]).toBe('/api/me');
    expect(received[1]).toMatch(/^\/api\/user\/[^/]+\/workouts$/);
    expect(received).toHaveLength(2);
    expect(ctx.plugin.stats.requests).toBe(2);
  });
});
