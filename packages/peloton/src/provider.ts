import { defineProvider } from '@fitlink/core';

/** The scopes Peloton's web client asks Auth0 for; the SDK always requests all three. */
export type PelotonScope = 'offline_access' | 'openid' | 'peloton-api.members:default';

/**
 * The Peloton descriptor. Auth kind `password`: Peloton has no partner program, so the SDK
 * drives the Auth0 login of Peloton's own web client with the member's email and password, or
 * takes a token the member pasted.
 */
export const peloton = defineProvider({
  id: 'peloton',
  displayName: 'Peloton',
  authKinds: ['password'],
  scopes: {
    offline_access: 'Issue a refresh token, so the connection outlives the ~48 h access token',
    openid: 'Issue an OpenID Connect ID token naming the member',
    'peloton-api.members:default':
      'Read and write everything the member can in the Peloton web app (workouts, profile, classes)',
  } satisfies Record<PelotonScope, string>,
  defaultScopes: ['offline_access', 'openid', 'peloton-api.members:default'],
  capabilities: ['activities', 'profile', 'streams'],
  docsUrl:
    'https://github.com/philosowaffle/peloton-to-garmin/blob/master/mkdocs/docs/configuration/peloton.md',
});
