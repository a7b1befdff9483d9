import * as oauth from 'oauth4webapi';
import { ErrorCodes } from '../errors/codes.js';
import { FitlinkError } from '../errors/fitlink-error.js';
import { ProviderError } from '../errors/provider-error.js';
import { checkEndpointProtocol } from './secure-endpoint.js';

/** Where an app finds its authorization server's metadata (the `discovery` setting). */
export interface OAuth2DiscoverySettings {
  /**
   * The issuer identifier exactly as the provider documents it: with its path
   * (`https://login.example.com/realms/fit`) or trailing slash (Auth0's `https://tenant.auth0.com/`).
   */
  issuer: string;
  /**
   * Which document to read: `oidc` appends `/.well-known/openid-configuration` to the issuer
   * (OpenID Connect Discovery), `oauth2` inserts `/.well-known/oauth-authorization-server` before
   * its path (RFC 8414).
   * @defaultValue 'oidc'
   */
  algorithm?: 'oidc' | 'oauth2';
}

/**
 * An authorization server's metadata as fitlink reads it (wire names; other fields pass through).
 *
 * @see https://www.rfc-editor.org/rfc/rfc8414#section-2
 */
export interface AuthorizationServerMetadata {
  /** The issuer identifier. */
  issuer: string;
  /** Where users are sent to consent. */
  authorization_endpoint: string;
  /** Where codes and refresh tokens are exchanged. */
  token_endpoint: string;
  /** RFC 7009 revocation endpoint. */
  revocation_endpoint?: string;
  /** Scopes the server knows. */
  scopes_supported?: string[];
  /** Client authentication methods of the token endpoint. */
  token_endpoint_auth_methods_supported?: string[];
  /** PKCE challenge methods. */
  code_challenge_methods_supported?: string[];
  /** RFC 9207: the server always sends `iss` to the callback. */
  authorization_response_iss_parameter_supported?: boolean;
  [field: string]: unknown;
}

/** Options of {@link discoverAuthorizationServer}. */
export interface DiscoverAuthorizationServerOptions extends OAuth2DiscoverySettings {
  /** Provider id, for errors. */
  provider: string;
  /** The fetch to use. @defaultValue globalThis.fetch */
  fetch?: typeof fetch;
  /** Aborts the request. */
  signal?: AbortSignal;
  /** Timeout of the request. @defaultValue 30000 */
  timeoutMs?: number;
  /** Accept a plain-http issuer and endpoints on a loopback host (development). @defaultValue false */
  allowHttpLoopback?: boolean;
}

const endpointNames = ['authorization_endpoint', 'token_endpoint', 'revocation_endpoint'] as const;

/**
 * Fetches an authorization server's metadata and checks it: the document's `issuer` must be the
 * configured issuer (so every later `iss` check compares with the server's own value), and the
 * endpoints must be present and https. `createOAuth2App` calls it once per app when
 * `discovery` is set; call it yourself to inspect a server.
 *
 * @param options - The issuer, the document to read, fetch and timeout.
 * @throws {@link FitlinkError} with code `discovery_failed` (a {@link ProviderError} when the
 *   server answered a status other than 200) when the metadata is missing or does not fit the
 *   configured issuer, `insecure_endpoint` for a plain-http issuer or endpoint, `timeout`,
 *   `aborted` or `network` when no answer came.
 * @example
 * ```ts
 * const metadata = await discoverAuthorizationServer({ provider: 'example', issuer: 'https://login.example.com/realms/fit' });
 * console.log(metadata.token_endpoint);
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc8414#section-3
 * @see https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderConfig
 */
export async function discoverAuthorizationServer(
  options: DiscoverAuthorizationServerOptions,
): Promise<AuthorizationServerMetadata> {
  const { provider, issuer } = options;
  const allowHttpLoopback = options.allowHttpLoopback ?? false;
  const insecure = checkEndpointProtocol(issuer, {
    provider,
    name: 'discovery issuer',
    allowHttpLoopback,
  });
  const expected = new URL(issuer);
  const location = metadataUrl(expected, options.algorithm ?? 'oidc');
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 30_000);
  let response: Response;
  try {
    response = await oauth.discoveryRequest(expected, {
      algorithm: options.algorithm ?? 'oidc',
      signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout,
      [oauth.customFetch]: (url, { headers, method, redirect, signal }) =>
        (options.fetch ?? globalThis.fetch)(url, {
          headers,
          method,
          redirect,
          ...(signal ? { signal } : {}),
        }),
      ...(insecure ? { [oauth.allowInsecureRequests]: true } : {}),
    });
  } catch (error) {
    throw requestError(error, provider);
  }
  const fail = (reason: string) =>
    new FitlinkError(`${provider} discovery at ${location.href} failed: ${reason}`, {
      code: ErrorCodes.discoveryFailed,
      provider,
    });
  let metadata: AuthorizationServerMetadata;
  try {
    metadata = (await oauth.processDiscoveryResponse(
      expected,
      response,
    )) as AuthorizationServerMetadata;
  } catch (error) {
    if (!(error instanceof oauth.OperationProcessingError)) throw fail('the answer is not JSON');
    if (error.code === oauth.RESPONSE_IS_NOT_CONFORM) {
      throw new ProviderError(
        `${provider} discovery at ${location.href} answered ${response.status}; check discovery.issuer (and discovery.algorithm: 'oidc' reads /.well-known/openid-configuration, 'oauth2' /.well-known/oauth-authorization-server)`,
        {
          provider,
          status: response.status,
          endpoint: `GET ${location.pathname}`,
          code: ErrorCodes.discoveryFailed,
        },
      );
    }
    if (error.code === oauth.JSON_ATTRIBUTE_COMPARISON) {
      const body = (error.cause as { body?: { issuer?: unknown } } | undefined)?.body;
      throw fail(
        `the metadata names issuer "${String(body?.issuer)}", not the configured "${issuer}"; if that is your provider's issuer, set discovery.issuer to it exactly`,
      );
    }
    throw fail(error.message);
  }
  for (const name of endpointNames) {
    const value = metadata[name];
    if (value === undefined && name === 'revocation_endpoint') continue;
    if (typeof value !== 'string') throw fail(`the metadata has no ${name}`);
    checkEndpointProtocol(value, { provider, name: `discovered ${name}`, allowHttpLoopback });
  }
  return metadata;
}

/** The metadata document's URL, as oauth4webapi builds it (for messages). */
function metadataUrl(issuer: URL, algorithm: 'oidc' | 'oauth2'): URL {
  const url = new URL(issuer.href);
  const path = url.pathname.replace(/\/$/, '');
  url.pathname =
    algorithm === 'oauth2'
      ? `/.well-known/oauth-authorization-server${path}`
      : `${path}/.well-known/openid-configuration`;
  return url;
}

/** Maps a failure to get any answer from the metadata endpoint. */
function requestError(error: unknown, provider: string): FitlinkError {
  if (error instanceof FitlinkError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError') {
    return new FitlinkError(`${provider} discovery timed out`, {
      code: ErrorCodes.timeout,
      provider,
    });
  }
  if (name === 'AbortError') {
    return new FitlinkError(`${provider} discovery was aborted`, {
      code: ErrorCodes.aborted,
      provider,
    });
  }
  return new FitlinkError(`${provider} discovery request failed`, {
    code: ErrorCodes.network,
    provider,
    cause: error,
  });
}
