import * as oauth from 'oauth4webapi';
import { ErrorCodes } from '../errors/codes.js';
import { FitlinkError } from '../errors/fitlink-error.js';
import { systemClock } from '../http/clock.js';
import type { TokenSet } from '../tokens/token-set.js';
import type { ResolvedAuthorizationServer } from './authorization-server.js';
import { idTokenIssuerError } from './issuer-check.js';
import { fromOAuthError, type TokenErrorContext } from './oauth-errors.js';
import type { ClientAuthMethod, OAuth2AppSettings } from './oauth2-settings.js';
import { checkEndpointProtocol } from './secure-endpoint.js';
import { type TokenResponse, toTokenSet } from './token-response.js';

/** What an OAuth 2 app needs around every oauth4webapi token-endpoint call. */
export interface TokenEndpointCaller {
  /** oauth4webapi's client. */
  client: oauth.Client;
  /** oauth4webapi's client authentication. */
  clientAuth: oauth.ClientAuth;
  /** The client secret, to keep out of errors. */
  secrets(): readonly string[];
  /**
   * oauth4webapi request options: the caller's signal with the timeout, the app's fetch with its
   * `mapTokenError`, and the loopback-http opt-in when the endpoint needs it.
   *
   * @throws {@link FitlinkError} with code `insecure_endpoint` for a refused plain-http endpoint.
   */
  options(
    signal: AbortSignal | undefined,
    operation: TokenErrorContext['operation'],
    endpoint: string,
  ): oauth.TokenEndpointRequestOptions;
  /** Runs a call, turning oauth4webapi errors into fitlink errors with the secrets redacted. */
  run<T>(
    server: ResolvedAuthorizationServer,
    operation: TokenErrorContext['operation'],
    task: () => Promise<T>,
    extraSecrets: readonly string[],
  ): Promise<T>;
  /** Turns a token answer into a token set, with the provider's `parseTokenResponse`. */
  finish(response: oauth.TokenEndpointResponse, previous?: TokenSet): TokenSet;
}

/**
 * Builds the {@link TokenEndpointCaller} of an app.
 *
 * @param settings - The app's settings.
 * @param method - The resolved client authentication method.
 * @throws {@link FitlinkError} with code `invalid_argument` when the method needs a missing secret.
 */
export function createTokenEndpointCaller(
  settings: OAuth2AppSettings,
  method: ClientAuthMethod,
): TokenEndpointCaller {
  const { provider, clientSecret } = settings;
  if (method !== 'none' && !clientSecret) {
    throw new FitlinkError(`${provider}: clientAuthMethod ${method} needs a clientSecret`, {
      code: ErrorCodes.invalidArgument,
      provider,
    });
  }
  const clock = settings.clock ?? systemClock;
  const secrets = (): readonly string[] => (clientSecret ? [clientSecret] : []);
  return {
    client: { client_id: settings.clientId },
    clientAuth:
      method === 'client_secret_basic'
        ? oauth.ClientSecretBasic(clientSecret ?? '')
        : method === 'client_secret_post'
          ? oauth.ClientSecretPost(clientSecret ?? '')
          : oauth.None(),
    secrets,

    options(signal, operation, endpoint) {
      const insecure = checkEndpointProtocol(endpoint, {
        provider,
        name: operation === 'revoke' ? 'revocation endpoint' : 'token endpoint',
        allowHttpLoopback: settings.allowHttpLoopback ?? false,
      });
      const timeout = AbortSignal.timeout(settings.timeoutMs ?? 30_000);
      const fetchImpl = settings.fetch ?? globalThis.fetch;
      return {
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        ...(insecure ? { [oauth.allowInsecureRequests]: true } : {}),
        [oauth.customFetch]: async (url: string, init: RequestInit): Promise<Response> => {
          const response = await fetchImpl(url, init);
          if (response.ok || !settings.mapTokenError) return response;
          const body = await response.clone().text();
          const mapped = settings.mapTokenError({
            provider,
            status: response.status,
            body,
            operation,
          });
          if (mapped) throw mapped;
          return response;
        },
      };
    },

    async run(server, operation, task, extraSecrets) {
      try {
        return await task();
      } catch (error) {
        if (operation === 'exchange' || operation === 'refresh') {
          const mismatch = idTokenIssuerError(error, server.expected, { provider, operation });
          if (mismatch) throw mismatch;
        }
        throw fromOAuthError(error, provider, [...secrets(), ...extraSecrets]);
      }
    },

    finish(response, previous) {
      const tokens = toTokenSet(response as TokenResponse, {
        now: clock.now(),
        ...(previous ? { previous } : {}),
      });
      return settings.parseTokenResponse
        ? settings.parseTokenResponse(response as TokenResponse, tokens)
        : tokens;
    },
  };
}
