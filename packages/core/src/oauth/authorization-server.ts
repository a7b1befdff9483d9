import type * as oauth from 'oauth4webapi';
import { ErrorCodes } from '../errors/codes.js';
import { FitlinkError } from '../errors/fitlink-error.js';
import { type AuthorizationServerMetadata, discoverAuthorizationServer } from './discovery.js';
import type { ExpectedIssuer } from './issuer-check.js';
import type {
  ClientAuthMethod,
  OAuth2AppSettings,
  ResolvedOAuth2Endpoints,
} from './oauth2-settings.js';

/** The authorization server as an app talks to it, from its endpoints or its metadata. */
export interface ResolvedAuthorizationServer {
  /** oauth4webapi's description of the server. */
  as: oauth.AuthorizationServer;
  /** The issuer checked on callbacks and ID tokens. */
  expected: ExpectedIssuer;
  /** The endpoints, as the app's `discover()` returns them. */
  endpoints: ResolvedOAuth2Endpoints;
}

/** Resolves the server for one call; `signal` stops waiting, never a discovery shared by others. */
export type AuthorizationServerSource = (
  signal?: AbortSignal,
) => Promise<ResolvedAuthorizationServer>;

/**
 * Builds an app's server source: the configured endpoints at once (the issuer defaulting to the
 * authorization endpoint's origin), or the metadata at `discovery.issuer`, fetched on first use
 * and kept for the app's life. A failed discovery is not kept, so the next call tries again.
 *
 * @param settings - The app's settings.
 * @param method - The app's client authentication method, compared with the metadata.
 * @throws {@link FitlinkError} with code `invalid_argument` unless exactly one of `endpoints` and
 *   `discovery` is set.
 */
export function createAuthorizationServerSource(
  settings: OAuth2AppSettings,
  method: ClientAuthMethod,
): AuthorizationServerSource {
  const { provider, endpoints, discovery } = settings;
  if (!endpoints === !discovery) {
    throw new FitlinkError(`${provider}: set either endpoints or discovery`, {
      code: ErrorCodes.invalidArgument,
      provider,
    });
  }
  if (endpoints) {
    const resolved = Promise.resolve(fromEndpoints(endpoints));
    return () => resolved;
  }
  let pending: Promise<ResolvedAuthorizationServer> | undefined;
  const load = async (): Promise<ResolvedAuthorizationServer> => {
    const metadata = await discoverAuthorizationServer({
      provider,
      ...(discovery as NonNullable<typeof discovery>),
      ...(settings.fetch ? { fetch: settings.fetch } : {}),
      ...(settings.timeoutMs === undefined ? {} : { timeoutMs: settings.timeoutMs }),
      allowHttpLoopback: settings.allowHttpLoopback ?? false,
    });
    warnAboutMetadata(metadata, settings, method);
    return {
      as: metadata as oauth.AuthorizationServer,
      expected: {
        issuer: metadata.issuer,
        source: 'discovery',
        required: metadata.authorization_response_iss_parameter_supported === true,
      },
      endpoints: {
        issuer: metadata.issuer,
        authorizationEndpoint: metadata.authorization_endpoint,
        tokenEndpoint: metadata.token_endpoint,
        ...(metadata.revocation_endpoint
          ? { revocationEndpoint: metadata.revocation_endpoint }
          : {}),
      },
    };
  };
  return (signal) => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return untilAborted(pending, signal, provider);
  };
}

function fromEndpoints(
  endpoints: NonNullable<OAuth2AppSettings['endpoints']>,
): ResolvedAuthorizationServer {
  const issuer = endpoints.issuer ?? new URL(endpoints.authorizationEndpoint).origin;
  return {
    as: {
      issuer,
      authorization_endpoint: endpoints.authorizationEndpoint,
      token_endpoint: endpoints.tokenEndpoint,
      ...(endpoints.revocationEndpoint
        ? { revocation_endpoint: endpoints.revocationEndpoint }
        : {}),
    },
    expected: { issuer, source: endpoints.issuer === undefined ? 'default' : 'endpoints' },
    endpoints: { ...endpoints, issuer },
  };
}

/** Reports what the metadata says will not work: an unlisted auth method or PKCE method. */
function warnAboutMetadata(
  metadata: AuthorizationServerMetadata,
  settings: OAuth2AppSettings,
  method: ClientAuthMethod,
): void {
  const { provider, onWarning } = settings;
  if (!onWarning) return;
  const methods = metadata.token_endpoint_auth_methods_supported;
  if (Array.isArray(methods) && !methods.includes(method)) {
    onWarning({
      code: 'auth_method_not_advertised',
      provider,
      message: `${provider}: the server lists token endpoint auth methods ${methods.join(', ')}, not the app's ${method}; set clientAuthMethod to one of them`,
    });
  }
  const challenges = metadata.code_challenge_methods_supported;
  if ((settings.pkce ?? true) && Array.isArray(challenges) && !challenges.includes('S256')) {
    onWarning({
      code: 'pkce_not_advertised',
      provider,
      message: `${provider}: the server does not list PKCE S256 (code_challenge_methods_supported: ${challenges.join(', ') || 'none'}); it may refuse or ignore the challenge`,
    });
  }
}

/** Waits for a shared promise, giving up (without cancelling it) when the caller aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined, provider: string) {
  if (!signal) return promise;
  const aborted = () =>
    new FitlinkError(`${provider} discovery was aborted`, {
      code: ErrorCodes.aborted,
      provider,
    });
  if (signal.aborted) return Promise.reject(aborted());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(aborted());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
