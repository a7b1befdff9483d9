/** Email of the sandbox member: log in with it and {@link PELOTON_SANDBOX_PASSWORD}. */
export const PELOTON_SANDBOX_USERNAME = 'sandy@sandbox.fitlink.test';

/** Password of the sandbox member (a sandbox value, not a real credential). */
export const PELOTON_SANDBOX_PASSWORD = 'fitlink-sandbox-password';

/** Member id of the sandbox member (32 hex characters, like Peloton's). */
export const PELOTON_SANDBOX_USER_ID = '5a9d1b0c7e3f4a2b8c6d0e1f2a3b4c5d';

/**
 * Where the sandbox's shared fake authorization server answers authorization requests; the
 * Auth0 pages redirect there after the login to mint the code.
 */
export const PELOTON_SANDBOX_INTERNAL_AUTHORIZE_PATH = '/sandbox/authorize';

/** The sandbox member's login, ready for `app.login(PELOTON_SANDBOX_CREDENTIALS)`. */
export const PELOTON_SANDBOX_CREDENTIALS: Readonly<PelotonSandboxCredentials> = Object.freeze({
  username: PELOTON_SANDBOX_USERNAME,
  password: PELOTON_SANDBOX_PASSWORD,
});

/** A Peloton login, as `app.login` takes it. */
export interface PelotonSandboxCredentials {
  /** The member's email or username. */
  username: string;
  /** The member's password (used once, never stored). */
  password: string;
}
