import type { FakeOAuthClient, SandboxUser } from './options.js';

/** Base URL of the default fake authorization server. */
export const SANDBOX_AUTH_BASE_URL = 'https://auth.sandbox.fitlink.test';

/** Base URL of the default sandbox API ({@link createSandboxApi}). */
export const SANDBOX_API_BASE_URL = 'https://api.sandbox.fitlink.test';

/** Redirect URI registered for both default clients. */
export const SANDBOX_REDIRECT_URI = 'https://app.sandbox.fitlink.test/callback';

/** The user signed in by default. */
export const SANDBOX_USER: SandboxUser = { id: 'sandbox-user-1', name: 'Sandy Box' };

/** Default confidential client, authenticating with HTTP Basic. */
export const SANDBOX_CLIENT: FakeOAuthClient = {
  clientId: 'sandbox-client',
  clientSecret: 'sandbox-secret',
  authMethod: 'client_secret_basic',
  redirectUris: [SANDBOX_REDIRECT_URI, 'http://localhost:3000/callback'],
};

/** Default public client (PKCE, no secret). */
export const SANDBOX_PUBLIC_CLIENT: FakeOAuthClient = {
  clientId: 'sandbox-public-client',
  authMethod: 'none',
  redirectUris: [SANDBOX_REDIRECT_URI, 'http://localhost:3000/callback'],
};
