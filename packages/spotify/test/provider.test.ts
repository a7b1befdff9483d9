import { SPOTIFY_SCOPES, spotify } from '@fitlink/spotify';
import { describe, expect, it } from 'vitest';

describe('spotify descriptor', () => {
  it('describes auth kinds, every scope and capabilities', () => {
    expect(spotify).toMatchObject({
      id: 'spotify',
      displayName: 'Spotify',
      authKinds: ['oauth2', 'oauth2-pkce'],
      capabilities: ['music', 'profile'],
      docsUrl: 'https://developer.spotify.com/documentation/web-api',
    });
    expect(Object.keys(spotify.scopes)).toHaveLength(19);
    expect(spotify.scopes).toBe(SPOTIFY_SCOPES);
    for (const scope of spotify.defaultScopes) expect(spotify.scopes[scope]).toMatch(/\w/);
    expect(Object.isFrozen(spotify)).toBe(true);
  });
});
