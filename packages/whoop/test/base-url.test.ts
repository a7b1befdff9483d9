import { useSandbox } from '@fitlink/testing/vitest';
import { WHOOP_API_BASE_URL } from '@fitlink/whoop';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { connect, NOW, whoopPlugin } from './helpers.js';

// Another origin and path (a proxy, say), forwarding to the sandbox's WHOOP.
const PROXY = 'https://whoop-proxy.fitlink.test/api/';

describe('baseUrl', () => {
  const sandbox = useSandbox(() => [whoopPlugin()]);

  it('sends every API request to an overridden base URL', async () => {
    const received: string[] = [];
    sandbox.server.use(
      http.all(`${PROXY}*`, ({ request }) => {
        received.push(new URL(request.url).pathname);
        return fetch(new Request(request.url.replace(PROXY, WHOOP_API_BASE_URL), request));
      }),
    );
    const { client } = await connect(sandbox.plugin, { client: { baseUrl: PROXY } });
    const since = new Date(NOW - 3 * 86_400_000);
    expect(await client.listActivities({ since }).toArray({ limit: 1 })).toHaveLength(1);
    expect((await client.getProfile({ includeBody: false })).provider).toBe('whoop');
    expect(received).toEqual(['/api/v2/activity/workout', '/api/v2/user/profile/basic']);
    expect(sandbox.plugin.stats.requests).toBe(received.length);
  });
});
