import { createMemoryTokenStore } from '@fitlink/core';
import { createSmashrunClient, SMASHRUN_API_BASE_URL } from '@fitlink/smashrun';
import { smashrunSandboxPlugin } from '@fitlink/smashrun/testing';
import { seedConnection } from '@fitlink/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { NOW, sandboxApp } from './helpers.js';

// Another origin and path (a proxy, say), forwarding to the sandbox's SmashRun API.
const PROXY = 'https://smashrun-proxy.fitlink.test/v1/';

describe('baseUrl', () => {
  const sandbox = useSandbox(() => [smashrunSandboxPlugin({ now: NOW })]);

  it('sends every API request to an overridden base URL', async () => {
    const received: string[] = [];
    sandbox.server.use(
      http.all(`${PROXY}*`, ({ request }) => {
        received.push(new URL(request.url).pathname);
        return fetch(new Request(request.url.replace(PROXY, SMASHRUN_API_BASE_URL), request));
      }),
    );
    const { store, key } = await seedConnection({
      auth: sandbox.plugin.auth,
      scope: ['read_activity'],
      store: createMemoryTokenStore(),
    });
    const client = createSmashrunClient({ app: sandboxApp(), store, key, baseUrl: PROXY });
    const since = new Date(NOW - 30 * 86_400_000);
    expect(await client.listActivities({ since }).toArray({ limit: 1 })).toHaveLength(1);
    expect((await client.getProfile()).provider).toBe('smashrun');
    expect(received).toEqual(['/v1/my/activities/search', '/v1/my/userinfo']);
    expect(sandbox.plugin.stats.requests).toBe(2);
  });
});
