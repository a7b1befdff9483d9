import { generateKeyPairSync } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import Provider, { type ClientMetadata, type JWK } from 'oidc-provider';
import { createTestCertificate, loopbackFetch, type SeenRequest } from './loopback-fetch.js';

/** The redirect URI every test client registers; the user agent stops there, never fetching it. */
export const REDIRECT_URI = 'https://app.fitlink.test/callback';
/** The account every interaction logs in. */
export const ACCOUNT_ID = 'user-1';
/** Test clients, one per client authentication method. */
export const CLIENTS = {
  basic: { clientId: 'basic-client', clientSecret: 'basic-secret-7f3a9c2e5b1d4068' },
  post: { clientId: 'post-client', clientSecret: 'post-secret-0c8e2a6f4b9d1357' },
  public: { clientId: 'public-client' },
} as const;

/** Options of {@link startInteropServer}. */
export interface InteropServerOptions {
  /** The issuer's path: `''` for the bare origin, `'/'` for a trailing slash, `'/realms/x'` … */
  issuerPath?: string;
  /** Serve plain http instead of https (the loopback development opt-in). */
  http?: boolean;
}

/** A running oidc-provider on 127.0.0.1 and what a test needs to talk to it. */
export interface InteropServer {
  /** The issuer identifier, exactly as the server states it. */
  issuer: string;
  /** `https://127.0.0.1:<port>`. */
  origin: string;
  /** The endpoints, as an app would copy them from the server's documentation. */
  endpoints: { authorizationEndpoint: string; tokenEndpoint: string; revocationEndpoint: string };
  /** A fetch that trusts the server's throwaway certificate and records requests in `seen`. */
  fetch: typeof fetch;
  /** Every request made through `fetch` (the user agent's included). */
  seen: SeenRequest[];
  /** Drives the browser part (login and consent) and returns the callback URL. */
  authorize(url: URL): Promise<URL>;
  /** Stops the server. */
  close(): Promise<void>;
}

function clientMetadata(): ClientMetadata[] {
  const common: Pick<ClientMetadata, 'redirect_uris' | 'grant_types' | 'response_types'> = {
    redirect_uris: [REDIRECT_URI],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
  };
  return [
    {
      ...common,
      client_id: CLIENTS.basic.clientId,
      client_secret: CLIENTS.basic.clientSecret,
      token_endpoint_auth_method: 'client_secret_basic',
    },
    {
      ...common,
      client_id: CLIENTS.post.clientId,
      client_secret: CLIENTS.post.clientSecret,
      token_endpoint_auth_method: 'client_secret_post',
    },
    { ...common, client_id: CLIENTS.public.clientId, token_endpoint_auth_method: 'none' },
  ];
}

/** Logs {@link ACCOUNT_ID} in and grants every scope and claim asked for, as a consenting user. */
async function interact(
  provider: Provider,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const details = await provider.interactionDetails(request, response);
  if (details.prompt.name === 'login') {
    await provider.interactionFinished(request, response, { login: { accountId: ACCOUNT_ID } });
    return;
  }
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: ACCOUNT_ID, clientId: String(details.params.client_id) });
  if (!grant) throw new Error('interaction lost its grant');
  const missingScope = details.prompt.details.missingOIDCScope;
  if (Array.isArray(missingScope)) grant.addOIDCScope(missingScope.join(' '));
  const missingClaims = details.prompt.details.missingOIDCClaims;
  if (Array.isArray(missingClaims)) grant.addOIDCClaims(missingClaims.map(String));
  const grantId = await grant.save();
  await provider.interactionFinished(
    request,
    response,
    { consent: { grantId } },
    { mergeWithLastSubmission: true },
  );
}

/** Follows redirects with a cookie jar, as a browser would, until the redirect URI. */
async function followToCallback(fetchImpl: typeof fetch, start: URL): Promise<URL> {
  const jar = new Map<string, string>();
  let next = start.href;
  for (let hop = 0; hop < 20; hop++) {
    if (next.startsWith(REDIRECT_URI)) return new URL(next);
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetchImpl(next, {
      redirect: 'manual',
      headers: cookie ? { cookie } : {},
    });
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(';')[0] ?? '';
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      if (value) jar.set(name, value);
      else jar.delete(name);
    }
    const location = response.headers.get('location');
    if (!location) {
      throw new Error(`authorization stopped with ${response.status}: ${await response.text()}`);
    }
    next = new URL(location, next).href;
  }
  throw new Error('too many redirects');
}

let certificate: ReturnType<typeof createTestCertificate> | undefined;
let signingKey: JWK | undefined;

/**
 * Starts `oidc-provider` (an OpenID Certified server nobody here wrote) on 127.0.0.1 with a
 * throwaway certificate, mounted under the issuer's path, with one client per authentication
 * method, refresh token rotation for every client, and an interaction that logs in and consents.
 */
export async function startInteropServer(
  options: InteropServerOptions = {},
): Promise<InteropServer> {
  certificate ??= createTestCertificate();
  const { cert, key } = await certificate;
  signingKey ??= generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    format: 'jwk',
  }) as JWK;
  let handler: (request: IncomingMessage, response: ServerResponse) => void = (_, response) =>
    response.writeHead(503).end();
  const server = options.http
    ? createHttpServer((request, response) => handler(request, response))
    : createHttpsServer({ cert, key }, (request, response) => handler(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `${options.http ? 'http' : 'https'}://127.0.0.1:${port}`;
  const issuer = `${origin}${options.issuerPath ?? ''}`;
  const provider = new Provider(issuer, {
    clients: clientMetadata(),
    jwks: { keys: [{ ...signingKey, kid: 'interop-rs256', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['interop-cookie-key-5d1f0b7c9e3a'] },
    findAccount: (_, sub) => ({ accountId: sub, claims: () => ({ sub }) }),
    features: {
      devInteractions: { enabled: false },
      // Each client revokes only its own tokens.
      revocation: {
        enabled: true,
        allowedPolicy: (_, client, token) => token.clientId === client.clientId,
      },
    },
    rotateRefreshToken: true,
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 60,
      Grant: 3600,
      IdToken: 3600,
      Interaction: 600,
      RefreshToken: 86_400,
      Session: 3600,
    },
  });
  const callback = provider.callback();
  const mountPath = new URL(issuer).pathname.replace(/\/$/, '');
  handler = (request, response) => {
    const url = request.url ?? '/';
    if (url.startsWith('/interaction/')) {
      interact(provider, request, response).catch((error: unknown) => {
        response.writeHead(500).end(String(error));
      });
      return;
    }
    if (!url.startsWith(`${mountPath}/`)) {
      response.writeHead(404).end();
      return;
    }
    // Mounted like `app.use(mountPath, provider.callback())`: oidc-provider reads originalUrl.
    Object.assign(request, { originalUrl: url, url: url.slice(mountPath.length) });
    callback(request, response);
  };
  const seen: SeenRequest[] = [];
  const fetchImpl = loopbackFetch(cert, seen);
  const base = `${origin}${mountPath}`;
  return {
    issuer,
    origin,
    endpoints: {
      authorizationEndpoint: `${base}/auth`,
      tokenEndpoint: `${base}/token`,
      revocationEndpoint: `${base}/token/revocation`,
    },
    fetch: fetchImpl,
    seen,
    authorize: (url) => followToCallback(fetchImpl, url),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
