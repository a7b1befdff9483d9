/** The request being authorized, as the HTTP client is about to send it. */
export interface AuthorizableRequest {
  /** HTTP method, upper case. */
  method: string;
  /** Full URL including query. */
  url: URL;
  /** Headers to add the credentials to. */
  headers: Headers;
  /** Form parameters of an `application/x-www-form-urlencoded` body (OAuth 1.0a signs them). */
  form?: URLSearchParams;
}

/** What {@link RequestAuth.apply} used, handed back to {@link RequestAuth.recover} after a 401. */
export interface AuthAttempt {
  /** The credential sent (for example the access token), compared to detect a refresh by someone else. */
  credential: string;
}

/**
 * How the HTTP client authenticates requests: bearer tokens with refresh, OAuth 1.0a
 * signatures, API keys. Implementations keep their secrets out of every error and event.
 */
export interface RequestAuth {
  /** Adds credentials to the request; may refresh first when the token is about to expire. */
  apply(request: AuthorizableRequest, signal?: AbortSignal): Promise<AuthAttempt>;
  /**
   * Called once after a 401: refreshes when it can. Resolves `true` when a retry can succeed,
   * `false` when it cannot (no refresh token); throws `AuthError` when the grant is dead.
   */
  recover?(attempt: AuthAttempt, signal?: AbortSignal): Promise<boolean>;
  /** Secret values currently in play (tokens, client secret), removed from errors and events. */
  secrets(): readonly string[];
}
