import { type HttpHandler, HttpResponse, http } from 'msw';
import {
  PELOTON_AUDIENCE,
  PELOTON_AUTH_BASE_URL,
  PELOTON_AUTH0_CLIENT,
  PELOTON_AUTH0_CONNECTION,
  PELOTON_AUTH0_TENANT,
} from '../endpoints.js';

/** How the sandbox's Auth0 pages behave; change them at any time during a test. */
export interface PelotonAuthKnobs {
  /**
   * `universal` redirects to `/u/login`, `classic` to `/login`; `changed` plays a redesigned
   * login (identifier-first page, no `_csrf` cookie), which password login cannot drive.
   */
  loginPage: 'universal' | 'classic' | 'changed';
  /** After a good password: the hidden-form page (`wa`, `wresult`, `wctx`) or a plain redirect. */
  loginAnswer: 'hidden-form' | 'redirect';
  /** How a wrong password is answered: a 200 page saying so, or Auth0's 400 JSON. */
  wrongPasswordAnswer: 'page' | 'json';
  /** The member's email. */
  username: string;
  /** The member's password. */
  password: string;
}

/** Counters of the sandbox's Auth0 pages. */
export interface PelotonAuthStats {
  /** `POST /usernamepassword/login` requests. */
  loginAttempts: number;
  /** Of those, refused for wrong credentials. */
  wrongPasswords: number;
  /** Requests refused for a missing or wrong `_csrf`, `Auth0-Client`, `Origin` or `Referer`. */
  rejectedRequests: number;
}

interface Transaction {
  readonly params: URLSearchParams;
  readonly csrf: string;
  readonly session: string;
  authenticated: boolean;
}

/** Settings of {@link createPelotonAuthPages}. */
export interface PelotonAuthPagesOptions {
  /** Live knobs. */
  knobs: PelotonAuthKnobs;
  /** Live counters. */
  stats: PelotonAuthStats;
  /** The fake authorization server's authorization endpoint, which mints the code at the end. */
  internalAuthorizeUrl: string;
  /** Registered client ids. */
  clientIds: readonly string[];
}

const random = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
};

const htmlEscape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&#34;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function cookies(request: Request): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name) out.set(name, value.join('='));
  }
  return out;
}

const forbidden = (description: string) =>
  HttpResponse.json(
    { statusCode: 403, name: 'ForbiddenError', code: 'access_denied', description },
    { status: 403 },
  );

const redirect = (location: string, setCookies: readonly string[] = []) => {
  const headers = new Headers({ location });
  for (const cookie of setCookies) headers.append('set-cookie', cookie);
  return new HttpResponse(null, { status: 302, headers });
};

const page = (body: string) =>
  new HttpResponse(
    `<!DOCTYPE html><html><head><title>Log in | Peloton</title></head><body>${body}</body></html>`,
    {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    },
  );

/**
 * msw handlers reproducing Peloton's Auth0 login pages on `auth.onepeloton.com`: `/authorize`
 * (sets `_csrf` and session cookies, redirects to the login page with Auth0's own `state`),
 * `POST /usernamepassword/login` (checks `_csrf`, `Auth0-Client`, `Origin`, `Referer` and the
 * credentials, answers the hidden form), `POST /login/callback` and `/authorize/resume`, which
 * hands over to the fake authorization server to mint the code.
 *
 * @example
 * ```ts
 * const pages = createPelotonAuthPages({ knobs, stats, internalAuthorizeUrl, clientIds: [PELOTON_WEB_CLIENT_ID] });
 * ```
 */
export function createPelotonAuthPages(options: PelotonAuthPagesOptions): HttpHandler[] {
  const { knobs, stats } = options;
  const base = PELOTON_AUTH_BASE_URL;
  const transactions = new Map<string, Transaction>();
  const pendingForms = new Map<string, string>();

  const loginPage = ({ request }: { request: Request }) => {
    const state = new URL(request.url).searchParams.get('state') ?? '';
    if (!transactions.has(state)) return page('<p>Oops!, something went wrong</p>');
    return page(
      `<div id="auth0-lock-container"><form method="post" data-action="/usernamepassword/login"><input name="email"><input type="password" name="password"><button>Log in</button></form></div>`,
    );
  };

  return [
    http.get(`${base}/authorize`, ({ request }) => {
      const params = new URL(request.url).searchParams;
      if (!options.clientIds.includes(params.get('client_id') ?? '')) {
        return page('<p>Oops!, something went wrong: unknown client</p>');
      }
      if (params.get('audience') !== PELOTON_AUDIENCE || !params.get('code_challenge')) {
        return page('<p>Oops!, something went wrong: invalid request</p>');
      }
      const state = random();
      const transaction = { params, csrf: random(), session: random(), authenticated: false };
      transactions.set(state, transaction);
      const session = `auth0=${transaction.session}; Path=/; Secure; HttpOnly; SameSite=None`;
      if (knobs.loginPage === 'changed') {
        return redirect(`/u/login/identifier?state=${state}`, [session]);
      }
      const csrf = `_csrf=${transaction.csrf}; Path=/usernamepassword/login; Secure; HttpOnly; SameSite=None`;
      const target =
        knobs.loginPage === 'classic'
          ? `/login?state=${state}&client=${params.get('client_id')}&protocol=oauth2`
          : `/u/login?state=${state}`;
      return redirect(target, [session, csrf, `did=${random()}; Path=/; Max-Age=31557600; Secure`]);
    }),
    http.get(`${base}/u/login`, loginPage),
    http.get(`${base}/login`, loginPage),
    http.get(`${base}/u/login/identifier`, loginPage),

    http.post(`${base}/usernamepassword/login`, async ({ request }) => {
      stats.loginAttempts += 1;
      const body = (await request.json().catch(() => ({}))) as Record<string, unknown>;
      const transaction = transactions.get(String(body.state ?? ''));
      const reject = (description: string) => {
        stats.rejectedRequests += 1;
        return forbidden(description);
      };
      if (request.headers.get('auth0-client') !== PELOTON_AUTH0_CLIENT)
        return reject('Missing Auth0-Client');
      if (request.headers.get('origin') !== base) return reject('Invalid origin');
      if (!(request.headers.get('referer') ?? '').startsWith(`${base}/`))
        return reject('Invalid referer');
      if (!transaction) return reject('Invalid state');
      const csrf = cookies(request).get('_csrf');
      if (!csrf || csrf !== transaction.csrf || body._csrf !== csrf)
        return reject('Invalid _csrf token');
      if (
        body.client_id !== transaction.params.get('client_id') ||
        body.connection !== PELOTON_AUTH0_CONNECTION ||
        body.tenant !== PELOTON_AUTH0_TENANT
      ) {
        return reject('Invalid login transaction');
      }
      if (body.username !== knobs.username || body.password !== knobs.password) {
        stats.wrongPasswords += 1;
        if (knobs.wrongPasswordAnswer === 'json') {
          return HttpResponse.json(
            {
              name: 'ValidationError',
              code: 'invalid_user_password',
              description: 'Wrong email or password.',
              statusCode: 400,
            },
            { status: 400 },
          );
        }
        return page('<div class="error">Wrong email or password.</div>');
      }
      transaction.authenticated = true;
      const state = String(body.state);
      if (knobs.loginAnswer === 'redirect') return redirect(`/authorize/resume?state=${state}`);
      const wresult = random();
      pendingForms.set(wresult, state);
      const wctx = JSON.stringify({
        strategy: 'auth0',
        auth0Client: '',
        tenant: PELOTON_AUTH0_TENANT,
        connection: PELOTON_AUTH0_CONNECTION,
        state,
      });
      return page(
        `<form method="post" name="hiddenform" action="${base}/login/callback">` +
          '<input type="hidden" name="wa" value="wsignin1.0">' +
          `<input type="hidden" name="wresult" value="${htmlEscape(wresult)}">` +
          `<input type="hidden" name="wctx" value="${htmlEscape(wctx)}">` +
          '<noscript><p>Script is disabled. Click Submit to continue.</p><input type="submit" value="Submit"></noscript>' +
          '</form><script type="text/javascript">window.setTimeout(function(){document.forms[0].submit();},0);</script>',
      );
    }),

    http.post(`${base}/login/callback`, async ({ request }) => {
      const form = new URLSearchParams(await request.text());
      const state = pendingForms.get(form.get('wresult') ?? '');
      let wctxState: unknown;
      try {
        wctxState = (JSON.parse(form.get('wctx') ?? '{}') as { state?: unknown }).state;
      } catch {
        wctxState = undefined;
      }
      const transaction = state === undefined ? undefined : transactions.get(state);
      if (!transaction || form.get('wa') !== 'wsignin1.0' || wctxState !== state) {
        stats.rejectedRequests += 1;
        return forbidden('Invalid login callback');
      }
      pendingForms.delete(form.get('wresult') ?? '');
      return redirect(`/authorize/resume?state=${state}`);
    }),

    http.get(`${base}/authorize/resume`, ({ request }) => {
      const state = new URL(request.url).searchParams.get('state') ?? '';
      const transaction = transactions.get(state);
      if (!transaction?.authenticated || cookies(request).get('auth0') !== transaction.session) {
        stats.rejectedRequests += 1;
        return forbidden('Invalid session');
      }
      transactions.delete(state);
      // The shared fake server mints the code, checking the client, redirect URI and PKCE.
      return redirect(`${options.internalAuthorizeUrl}?${transaction.params.toString()}`);
    }),
  ];
}
