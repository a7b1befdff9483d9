import type { FakeAuthorizationServer, FakeOAuthClient } from '../../src/index.js';

type Fetch = typeof globalThis.fetch;

// RFC 6749 2.3.1 / appendix B: application/x-www-form-urlencoded, then base64.
function formEncode(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice(2);
}

/** `Authorization: Basic …` for a client, encoded as RFC 6749 2.3.1 says. */
export function basicAuthorization(clientId: string, clientSecret: string): string {
  const pair = `${formEncode(clientId)}:${formEncode(clientSecret)}`;
  return `Basic ${Buffer.from(pair).toString('base64')}`;
}

/** The headers and body fields a client's auth method needs. */
export function clientCredentials(client: FakeOAuthClient): {
  headers: Record<string, string>;
  fields: Record<string, string>;
} {
  switch (client.authMethod) {
    case 'client_secret_basic':
      return {
        headers: { authorization: basicAuthorization(client.clientId, client.clientSecret ?? '') },
        fields: {},
      };
    case 'client_secret_post':
      return {
        headers: {},
        fields: { client_id: client.clientId, client_secret: client.clientSecret ?? '' },
      };
    case 'none':
      return { headers: {}, fields: { client_id: client.clientId } };
  }
}

/** POSTs a form to the token (or revocation) endpoint. */
export function postForm(
  url: string,
  fields: Record<string, string>,
  options: { headers?: Record<string, string>; fetch?: Fetch } = {},
): Promise<Response> {
  const fetch = options.fetch ?? globalThis.fetch;
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...options.headers },
    body: new URLSearchParams(fields),
  });
}

/** POSTs to the token endpoint authenticating as `client`. */
export function tokenRequest(
  auth: FakeAuthorizationServer,
  client: FakeOAuthClient,
  fields: Record<string, string>,
  fetch?: Fetch,
): Promise<Response> {
  const credentials = clientCredentials(client);
  return postForm(
    auth.endpoints.token,
    { ...credentials.fields, ...fields },
    { headers: credentials.headers, ...(fetch ? { fetch } : {}) },
  );
}

/** The revocation endpoint of `auth`; throws for a server created with `revokePath: null`. */
export function revocationUrl(auth: FakeAuthorizationServer): string {
  const url = auth.endpoints.revocation;
  if (url === undefined) throw new Error('this server has no revocation endpoint');
  return url;
}

/** Builds an authorization URL for `client`. */
export function authorizationUrl(
  auth: FakeAuthorizationServer,
  client: FakeOAuthClient,
  params: Record<string, string> = {},
): string {
  const url = new URL(auth.endpoints.authorization);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: client.clientId,
    redirect_uri: client.redirectUris[0] ?? '',
    state: 'xyz-state',
    ...params,
  }).toString();
  return url.href;
}

/** Requests the authorization URL without following and returns the redirect target. */
export async function authorizeRedirect(
  url: string,
  fetch: Fetch = globalThis.fetch,
): Promise<URL> {
  const response = await fetch(url, { redirect: 'manual' });
  if (response.status !== 302) throw new Error(`expected 302, got ${response.status}`);
  return new URL(response.headers.get('location') ?? '');
}

/** Bearer headers. */
export function bearer(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}
