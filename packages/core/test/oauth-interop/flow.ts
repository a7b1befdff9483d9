import type { OAuth2App, TokenSet } from '../../src/index.js';
import type { InteropServer } from './interop-server.js';

/** How a test changes the callback before the app sees it (drop or forge `iss` …). */
export type CallbackEdit = (callback: URL) => void;

/** One authorization as the app's session keeps it, with the callback the server sent. */
export interface AuthorizedCallback {
  url: URL;
  callback: URL;
  state: string;
  codeVerifier: string | undefined;
}

/** Runs `createAuthorization` and the user's login and consent, up to the callback. */
export async function authorize(
  app: OAuth2App,
  server: InteropServer,
  edit?: CallbackEdit,
): Promise<AuthorizedCallback> {
  const { url, state, codeVerifier } = await app.createAuthorization();
  const callback = await server.authorize(url);
  edit?.(callback);
  return { url, callback, state, codeVerifier };
}

/** Exchanges an authorized callback with an app (not necessarily the one that started it). */
export function exchange(app: OAuth2App, authorized: AuthorizedCallback): Promise<TokenSet> {
  return app.exchangeCode({
    callback: authorized.callback,
    state: authorized.state,
    codeVerifier: authorized.codeVerifier,
  });
}

/** The whole connect flow: authorization, consent, callback, code exchange. */
export async function connect(
  app: OAuth2App,
  server: InteropServer,
  edit?: CallbackEdit,
): Promise<TokenSet> {
  return exchange(app, await authorize(app, server, edit));
}

/** Drops `iss` from the callback, as servers without RFC 9207 send it. */
export const dropIss: CallbackEdit = (callback) => callback.searchParams.delete('iss');

/** Replaces `iss` with another server's, as in a mix-up attack. */
export const foreignIss: CallbackEdit = (callback) =>
  callback.searchParams.set('iss', 'https://attacker.fitlink.test');

/** Token requests the server received (code exchanges and refreshes). */
export function tokenRequests(server: InteropServer): number {
  return server.seen.filter(
    (request) => request.method === 'POST' && request.url.endsWith('/token'),
  ).length;
}

/** Reads the payload of a JWT without checking it (the app already validated it). */
export function jwtPayload(token: string | undefined): Record<string, unknown> {
  const payload = token?.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}
