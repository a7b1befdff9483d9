import { describe, expect, it } from 'vitest';
import { createSandbox, type SandboxItem } from '../../src/index.js';
import { useMsw } from '../helpers/msw.js';
import { bearer } from '../helpers/oauth.js';

const sandbox = useMsw(() => createSandbox({ seed: 7 }));

function userToken(): string {
  return sandbox().auth.issueTokens().accessToken;
}

async function getItems(query: string, token = userToken()) {
  const response = await fetch(`${sandbox().api.baseUrl}/v1/items${query}`, {
    headers: bearer(token),
  });
  return { response, items: (await response.json()) as SandboxItem[] };
}

describe('sandbox API', () => {
  it('returns the token user from GET /v1/me', async () => {
    const response = await fetch(`${sandbox().api.baseUrl}/v1/me`, {
      headers: bearer(userToken()),
    });
    expect(await response.json()).toEqual({ id: 'sandbox-user-1', name: 'Sandy Box' });
  });

  it('pages 250 deterministic items with page and per_page', async () => {
    const first = await getItems('');
    expect(first.items).toHaveLength(30);
    expect(first.items[0]).toMatchObject({ id: 'item-001', createdAt: '2024-01-01T00:00:00.000Z' });
    expect(first.response.headers.get('x-total-count')).toBe('250');
    expect(first.response.headers.get('link')).toContain('page=2>; rel="next"');

    const last = await getItems('?page=3&per_page=100');
    expect(last.items.map((item) => item.id).slice(-1)).toEqual(['item-250']);
    expect(last.items).toHaveLength(50);
    expect(last.response.headers.get('link')).not.toContain('rel="next"');
    expect((await getItems('?page=4&per_page=100')).items).toEqual([]);

    expect(sandbox().api.items).toEqual(createSandbox({ seed: 7 }).api.items);
    expect(sandbox().api.items).not.toEqual(createSandbox({ seed: 8 }).api.items);
  });

  it('rejects invalid paging parameters', async () => {
    expect((await getItems('?per_page=500')).response.status).toBe(400);
    expect((await getItems('?page=0')).response.status).toBe(400);
  });

  it('echoes a created item with 201', async () => {
    const response = await fetch(`${sandbox().api.baseUrl}/v1/items`, {
      method: 'POST',
      headers: { ...bearer(userToken()), 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'New', value: 3 }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ id: 'item-251', name: 'New', value: 3 });
    expect(sandbox().api.created).toEqual([{ name: 'New', value: 3 }]);
  });

  it('answers 401 invalid_token for expired, revoked and missing tokens', async () => {
    const { auth, api } = sandbox();
    const expired = auth.issueTokens();
    auth.expireAccessToken(expired.accessToken);
    const revoked = auth.issueTokens();
    auth.revokeGrant(revoked.accessToken);
    for (const headers of [bearer(expired.accessToken), bearer(revoked.accessToken), {}]) {
      const response = await fetch(`${api.baseUrl}/v1/items`, { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
      expect(await response.json()).toMatchObject({ error: 'invalid_token' });
    }
  });

  it('answers 403 to /v1/me for an app-only token', async () => {
    const { auth, api } = sandbox();
    const response = await fetch(`${api.baseUrl}/v1/me`, {
      headers: bearer(auth.issueTokens({ userId: 'nobody' }).accessToken),
    });
    expect(response.status).toBe(403);
  });
});
