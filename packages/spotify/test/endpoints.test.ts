import { matchRoute, routePath, routeScopes } from '@fitlink/core';
import { SPOTIFY_API_BASE_URL, SPOTIFY_ROUTES, SPOTIFY_SCOPES } from '@fitlink/spotify';
import { spotifySandboxPlugin } from '@fitlink/spotify/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { NOW, READ_SCOPES } from './helpers.js';

describe('SPOTIFY_ROUTES', () => {
  const holder = useSandbox(() => [spotifySandboxPlugin({ now: NOW })]);

  it('names known scopes and finds each route back from its path', () => {
    for (const [name, route] of Object.entries(SPOTIFY_ROUTES)) {
      for (const scope of routeScopes(route)) expect(SPOTIFY_SCOPES[scope]).toMatch(/\w/);
      const path = routePath(route, { playlistId: 'p1', trackId: 't1' });
      expect(matchRoute(SPOTIFY_ROUTES, route.method, path)?.name).toBe(name);
    }
  });

  it('is served by the sandbox on every route, with answers that match the route schema', async () => {
    const fake = holder.plugin.data;
    const accessToken = holder.plugin.auth.issueTokens({
      clientId: 'sandbox-client',
      scope: READ_SCOPES,
    }).accessToken;
    holder.plugin.knobs.nowPlaying = {};
    const trackId = fake?.tracks[0]?.id ?? '';
    const params = { playlistId: fake?.playlists[0]?.playlist.id ?? '', trackId };
    for (const [name, route] of Object.entries(SPOTIFY_ROUTES)) {
      const url = new URL(`${SPOTIFY_API_BASE_URL}/${routePath(route, params)}`);
      if (name === 'tracks') url.searchParams.set('ids', trackId);
      const response = await fetch(url, {
        method: route.method,
        headers: { authorization: `Bearer ${accessToken}` },
      });
      expect(response.status, name).toBe(200);
      if (route.response === null) continue;
      expect(z.safeParse(route.response, await response.json()).error, name).toBeUndefined();
    }
  });
});
