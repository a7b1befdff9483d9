import { AuthError, ErrorCodes, ProviderError, ValidationError } from '@fitlink/core';
import { mapSpotifyError, mapSpotifyTokenError, readSpotifyErrorMessage } from '@fitlink/spotify';
import { spotifySandboxPlugin } from '@fitlink/spotify/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { NOW, seededClient } from './helpers.js';

const context = (status: number, body: unknown) => ({
  provider: 'spotify',
  status,
  endpoint: 'GET /v1/me/player',
  headers: new Headers(),
  body: typeof body === 'string' ? body : JSON.stringify(body),
  secrets: ['secret-token'],
});

describe('mapSpotifyError', () => {
  it.each([
    [401, 'The access token expired', AuthError, ErrorCodes.unauthorized],
    [403, 'Insufficient client scope', AuthError, ErrorCodes.missingScope],
    [403, 'Player command failed: Premium required', ProviderError, ErrorCodes.forbidden],
    [
      403,
      'Check settings on developer.spotify.com/dashboard, the user may not be registered.',
      ProviderError,
      ErrorCodes.forbidden,
    ],
    [404, 'Resource not found', ProviderError, ErrorCodes.providerHttp],
    [500, 'Server error', ProviderError, ErrorCodes.providerHttp],
  ])('maps %i "%s"', (status, message, type, code) => {
    const error = mapSpotifyError(context(status, { error: { status, message } }));
    expect(error).toBeInstanceOf(type);
    expect(error).toMatchObject({ code, message: expect.stringContaining(message) });
    if (error instanceof ProviderError) expect(error.status).toBe(status);
  });

  it('leaves bodies that are not Spotify error objects to the default mapping', () => {
    expect(mapSpotifyError(context(502, '<html>Bad gateway</html>'))).toBeUndefined();
    expect(mapSpotifyError(context(400, { error: 'invalid_request' }))).toBeUndefined();
    expect(readSpotifyErrorMessage('{"error":{"status":400,"message":"Invalid limit"}}')).toBe(
      'Invalid limit',
    );
  });

  it('keeps RFC 6749 token errors for core and maps the rest to ProviderError', () => {
    const base = { provider: 'spotify', operation: 'refresh' as const };
    expect(
      mapSpotifyTokenError({
        ...base,
        status: 400,
        body: '{"error":"invalid_grant","error_description":"Refresh token revoked"}',
      }),
    ).toBeUndefined();
    const html = mapSpotifyTokenError({ ...base, status: 503, body: '<html>down</html>' });
    expect(html).toBeInstanceOf(ProviderError);
    expect(html).toMatchObject({ status: 503, endpoint: 'POST /api/token' });
  });
});

describe('errors through the client', () => {
  const holder = useSandbox(() => [spotifySandboxPlugin({ now: NOW })]);

  it('surfaces a malformed payload as ValidationError with the zod path', async () => {
    const { client } = await seededClient(holder);
    const good = holder.plugin.data.recentHistory()[0];
    const broken = {
      items: [{ ...good, track: { ...good?.track, duration_ms: '214000' } }],
      next: null,
      cursors: null,
    };
    holder.server.use(
      http.get('https://api.spotify.com/v1/me/player/recently-played', () =>
        HttpResponse.json(broken),
      ),
    );
    const error = await client.recentlyPlayed
      .list()
      .toArray({ limit: 1 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toEqual([
      'items',
      0,
      'track',
      'duration_ms',
    ]);
    expect((error as ValidationError).endpoint).toBe('GET /v1/me/player/recently-played');
  });

  it('maps a revoked grant to AuthError after one refresh attempt', async () => {
    const { client, store, key } = await seededClient(holder);
    const tokens = await store.get(key);
    holder.sandbox.faults.inject({ kind: 'revoked-token' });
    holder.plugin.auth.revokeGrant(tokens?.accessToken ?? '');
    await expect(client.me.get()).rejects.toMatchObject({
      name: 'AuthError',
      code: ErrorCodes.invalidGrant,
    });
  });
});
