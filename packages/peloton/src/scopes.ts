/**
 * The scopes Peloton's web client asks Auth0 for, with what each allows. Peloton has no
 * partner program: these are the web app's own scopes, and the SDK always requests all three.
 */
export const PELOTON_SCOPES = {
  /** A refresh token, so the connection outlives the ~48 h access token. */
  offline_access: 'Issue a refresh token, so the connection outlives the ~48 h access token',
  /** An OpenID Connect ID token naming the member. */
  openid: 'Issue an OpenID Connect ID token naming the member',
  /** Everything the member can do in the web app. */
  'peloton-api.members:default':
    'Read and write everything the member can in the Peloton web app (workouts, profile, classes)',
} as const;

/** A scope of Peloton's web client. */
export type PelotonScope = keyof typeof PELOTON_SCOPES;

/** The scopes a Peloton app asks for by default: all three, the web client's own set. */
export const PELOTON_DEFAULT_SCOPES: readonly PelotonScope[] = [
  'offline_access',
  'openid',
  'peloton-api.members:default',
];
