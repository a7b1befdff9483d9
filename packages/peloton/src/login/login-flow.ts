import {
  AuthError,
  type AuthorizationRequest,
  ErrorCodes,
  FitlinkError,
  RateLimitError,
} from '@fitlink/core';
import {
  PELOTON_AUDIENCE,
  PELOTON_AUTH_BASE_URL,
  PELOTON_AUTH0_CLIENT,
  PELOTON_AUTH0_CONNECTION,
  PELOTON_AUTH0_TENANT,
  PELOTON_LOGIN_URL,
} from '../endpoints.js';
import { createCookieJar } from './cookie-jar.js';
import { parseHiddenForm } from './hidden-form.js';

/** What {@link runPelotonLogin} needs. */
export interface PelotonLoginFlowOptions {
  /** The authorization request (URL with PKCE challenge, state, verifier). */
  authorization: AuthorizationRequest;
  /** The client id. */
  clientId: string;
  /** The redirect URI registered for the client. */
  redirectUri: string;
  /** Scopes, space-separated. */
  scope: string;
  /** The member's email or username. */
  username: string;
  /** The member's password: sent once to Auth0, never kept or logged. */
  password: string;
  /** The fetch to use. */
  fetch: typeof fetch;
  /** The `User-Agent` to send. */
  userAgent: string;
  /** Per-request timeout. */
  timeoutMs: number;
  /** Time source, epoch ms. */
  now: () => number;
  /** Aborts the login. */
  signal?: AbortSignal | undefined;
}

const MAX_HOPS = 12;
const WRONG_CREDENTIALS = /wrong (?:email|username)(?: or password)?|invalid_user_password/i;
const BLOCKED = /too_many_attempts|blocked|too many (?:login )?attempts/i;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

// Drops a body without waiting: some fetch implementations never settle `cancel()` on a
// fully buffered mock body.
function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

/**
 * Drives Auth0's login pages headlessly, as a browser would: `GET /authorize` with a cookie jar,
 * the `_csrf` cookie, `POST /usernamepassword/login`, the hidden form (or a redirect), then the
 * redirects back to the redirect URI. Returns the callback URL carrying `code` (or `error`).
 *
 * @throws {@link @fitlink/core!AuthError} with code `invalid_credentials` for a wrong email or password, and
 * with code `unauthorized` and `oauthError` `login_page_changed` when a page no longer looks as
 * expected (Peloton changed its login: fall back to a pasted token).
 * @throws {@link @fitlink/core!RateLimitError} when Cloudflare rate-limits the login (HTTP 429, `1015`).
 */
export async function runPelotonLogin(options: PelotonLoginFlowOptions): Promise<URL> {
  const { authorization, password } = options;
  const jar = createCookieJar(options.now);
  const secrets = () => [password, authorization.codeVerifier ?? '', ...jar.values()];
  const authHost = new URL(PELOTON_AUTH_BASE_URL).hostname;
  const redirect = new URL(options.redirectUri);

  const changed = (what: string) =>
    new AuthError(
      `Peloton's login page has changed (${what}); password login cannot continue. Paste a token with app.fromToken() instead`,
      {
        provider: 'peloton',
        code: ErrorCodes.unauthorized,
        oauthError: 'login_page_changed',
        reconnect: true,
        secrets: secrets(),
      },
    );

  const isCallback = (url: URL) =>
    url.origin === redirect.origin &&
    url.pathname === redirect.pathname &&
    (url.searchParams.has('code') || url.searchParams.has('error'));

  async function send(url: URL, init: { method: string; headers?: Headers; body?: string }) {
    const headers = init.headers ?? new Headers();
    headers.set('user-agent', options.userAgent);
    if (!headers.has('accept')) headers.set('accept', 'text/html,application/json;q=0.9,*/*;q=0.8');
    const cookie = jar.header(url);
    if (cookie) headers.set('cookie', cookie);
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await options.fetch(url, {
        method: init.method,
        headers,
        redirect: 'manual',
        signal,
        ...(init.body === undefined ? {} : { body: init.body }),
      });
    } catch (error) {
      if (options.signal?.aborted) {
        throw new FitlinkError('The Peloton login was aborted', {
          code: ErrorCodes.aborted,
          provider: 'peloton',
        });
      }
      const timedOut = (error as Error).name === 'TimeoutError';
      throw new FitlinkError(
        `The Peloton login ${timedOut ? 'timed out' : 'failed'} at ${url.pathname}`,
        {
          code: timedOut ? ErrorCodes.timeout : ErrorCodes.network,
          provider: 'peloton',
          cause: error,
          secrets: secrets(),
        },
      );
    }
    jar.store(url, response);
    if (response.status === 429) {
      discard(response);
      throw new RateLimitError('Peloton (Cloudflare) rate-limited the login; try again later', {
        provider: 'peloton',
        retryAt: new Date(options.now() + 60_000),
        endpoint: `${init.method} ${url.pathname}`,
      });
    }
    return response;
  }

  /** Follows redirects by hand; stops at the callback (never fetched) or a non-redirect. */
  async function follow(url: URL, response: Response) {
    let current = url;
    let answer = response;
    for (let hop = 0; hop < MAX_HOPS; hop++) {
      const location = answer.headers.get('location');
      if (!REDIRECTS.has(answer.status) || location === null)
        return { url: current, response: answer };
      discard(answer);
      const next = new URL(location, current);
      if (isCallback(next)) return { url: next, callback: next };
      current = next;
      answer = await send(current, { method: 'GET' });
    }
    throw changed('too many redirects');
  }

  // 1. The authorization request leads to the login page and sets `_csrf` and session cookies.
  const first = await send(authorization.url, { method: 'GET' });
  const page = await follow(authorization.url, first);
  if ('callback' in page && page.callback) return page.callback;
  discard(page.response);
  if (page.response.status !== 200)
    throw changed(`the login page answered ${page.response.status}`);
  // Auth0 rewrites `state` into its own transaction state on the login page's URL.
  const state = page.url.searchParams.get('state') ?? authorization.state;
  const csrf = jar.value('_csrf', authHost);
  if (!csrf) throw changed('no _csrf cookie');

  // 2. The login form, posted as the login page's script does.
  const challenge = authorization.url.searchParams;
  const loginUrl = new URL(PELOTON_LOGIN_URL);
  const loginHeaders = new Headers({
    'content-type': 'application/json',
    accept: '*/*',
    origin: PELOTON_AUTH_BASE_URL,
    referer: page.url.href,
    'auth0-client': PELOTON_AUTH0_CLIENT,
  });
  const loginResponse = await send(loginUrl, {
    method: 'POST',
    headers: loginHeaders,
    body: JSON.stringify({
      client_id: options.clientId,
      redirect_uri: options.redirectUri,
      tenant: PELOTON_AUTH0_TENANT,
      response_type: 'code',
      scope: options.scope,
      audience: PELOTON_AUDIENCE,
      _csrf: csrf,
      state,
      _intstate: 'deprecated',
      username: options.username,
      password,
      connection: PELOTON_AUTH0_CONNECTION,
      code_challenge: challenge.get('code_challenge') ?? '',
      code_challenge_method: challenge.get('code_challenge_method') ?? 'S256',
    }),
  });

  let result: Awaited<ReturnType<typeof follow>>;
  if (REDIRECTS.has(loginResponse.status)) {
    result = await follow(loginUrl, loginResponse);
  } else {
    const body = await loginResponse.text();
    // Auth0 reports a wrong password as a 200 page or a 400/401 JSON body naming it.
    if (WRONG_CREDENTIALS.test(body)) {
      throw new AuthError('Peloton refused the email or password', {
        provider: 'peloton',
        code: ErrorCodes.invalidCredentials,
        secrets: secrets(),
      });
    }
    if (loginResponse.status >= 400 && BLOCKED.test(body)) {
      throw new AuthError('Peloton blocked the login after too many attempts; try again later', {
        provider: 'peloton',
        code: ErrorCodes.invalidCredentials,
        secrets: secrets(),
      });
    }
    if (loginResponse.status !== 200) throw changed(`the login answered ${loginResponse.status}`);
    // 3. A page whose script posts a hidden form (wa, wresult, wctx) to /login/callback.
    const form = parseHiddenForm(body, loginUrl);
    if (!form || form.action.hostname !== authHost) throw changed('no hidden form after the login');
    const formResponse = await send(form.action, {
      method: 'POST',
      headers: new Headers({
        'content-type': 'application/x-www-form-urlencoded',
        origin: PELOTON_AUTH_BASE_URL,
        referer: page.url.href,
      }),
      body: new URLSearchParams(form.fields.map(([name, value]) => [name, value])).toString(),
    });
    result = await follow(form.action, formResponse);
  }
  // 4. The redirects end at the redirect URI with `code` (never fetched: it is Peloton's site).
  if ('callback' in result && result.callback) return result.callback;
  discard(result.response);
  throw changed(
    `the login ended at ${result.url.pathname} (${result.response.status}) without a code`,
  );
}
