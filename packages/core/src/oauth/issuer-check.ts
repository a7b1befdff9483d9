import * as oauth from 'oauth4webapi';
import { AuthError } from '../errors/auth-error.js';
import { ErrorCodes } from '../errors/codes.js';

/**
 * Where the issuer an app checks against comes from: `default` (the authorization endpoint's
 * origin, a guess), `endpoints` (`endpoints.issuer`, set by hand) or `discovery` (the server's
 * own metadata, fetched from the configured issuer).
 */
export type IssuerSource = 'default' | 'endpoints' | 'discovery';

/** The issuer an app expects on callbacks and ID tokens. */
export interface ExpectedIssuer {
  /** The issuer identifier, compared as an exact string. */
  issuer: string;
  /** Where it comes from, so errors can say which setting to correct. */
  source: IssuerSource;
  /**
   * Whether the callback must carry `iss`: the server's metadata says it always sends it
   * (`authorization_response_iss_parameter_supported`). @defaultValue false
   */
  required?: boolean;
}

/**
 * What to do when a different issuer came back: for a configuration mistake, the setting to
 * correct; for a discovered issuer, which the server itself vouched for, the warning that the
 * callback belongs to another server.
 *
 * @param expected - The issuer the app expects.
 * @param received - The `iss` that came back.
 */
export function issuerAdvice(expected: ExpectedIssuer, received: string): string {
  const check = `if "${received}" is your provider's issuer (its /.well-known/openid-configuration or /.well-known/oauth-authorization-server names it)`;
  switch (expected.source) {
    case 'default':
      return `The app has no issuer set and guessed the authorization endpoint's origin "${expected.issuer}"; ${check}, set endpoints.issuer: "${received}", or use discovery: { issuer: "${received}" }`;
    case 'endpoints':
      return `The app's endpoints.issuer is "${expected.issuer}"; ${check}, correct endpoints.issuer to "${received}", or use discovery: { issuer: "${received}" }`;
    case 'discovery':
      return `The server's metadata names "${expected.issuer}", so the answer comes from another server (a mix-up, RFC 9207): do not change the configuration; start the connection again`;
  }
}

/**
 * Checks a callback's `iss` parameter (RFC 9207) before the code is sent anywhere: when present
 * it must equal the expected issuer exactly, and it must be present when the server says it
 * always sends it.
 *
 * @param params - The callback's parameters.
 * @param expected - The issuer the app expects.
 * @param provider - Provider id, for errors.
 * @throws {@link AuthError} with code `issuer_mismatch` for a different `iss`, `invalid_callback`
 *   for a missing or repeated one.
 * @see https://www.rfc-editor.org/rfc/rfc9207#section-2.4
 */
export function checkCallbackIssuer(
  params: URLSearchParams,
  expected: ExpectedIssuer,
  provider: string,
): void {
  const values = params.getAll('iss');
  const common = { provider, reconnect: false } as const;
  if (values.length > 1) {
    throw new AuthError(`${provider} callback carries iss more than once`, {
      ...common,
      code: ErrorCodes.invalidCallback,
    });
  }
  const [received] = values;
  if (received === undefined) {
    if (!expected.required) return;
    throw new AuthError(
      `${provider} callback has no iss, though the server "${expected.issuer}" always sends one (RFC 9207): the answer may come from another server; start the connection again`,
      { ...common, code: ErrorCodes.invalidCallback },
    );
  }
  if (received === expected.issuer) return;
  throw new AuthError(
    `${provider} callback comes from issuer "${received}", not "${expected.issuer}"; the code was not sent. ${issuerAdvice(expected, received)}`,
    { ...common, code: ErrorCodes.issuerMismatch },
  );
}

/**
 * Recognises oauth4webapi's failed ID token `iss` check after a token request and explains it:
 * the tokens were issued but cannot be kept, so the message says which setting to correct.
 *
 * @param error - What oauth4webapi threw.
 * @param expected - The issuer the app expects.
 * @param context - Provider id and the grant that was made.
 * @returns An {@link AuthError} with code `issuer_mismatch`, or `undefined` for any other error.
 * @see https://openid.net/specs/openid-connect-core-1_0.html#IDTokenValidation
 */
export function idTokenIssuerError(
  error: unknown,
  expected: ExpectedIssuer,
  context: { provider: string; operation: 'exchange' | 'refresh' },
): AuthError | undefined {
  if (!(error instanceof oauth.OperationProcessingError)) return undefined;
  if (error.code !== oauth.JWT_CLAIM_COMPARISON) return undefined;
  const cause = error.cause as { claim?: unknown; claims?: { iss?: unknown } } | undefined;
  if (cause?.claim !== 'iss') return undefined;
  const received = typeof cause.claims?.iss === 'string' ? cause.claims.iss : '(none)';
  const { provider, operation } = context;
  const lost =
    operation === 'exchange'
      ? 'the code was spent and the tokens were not kept; after correcting it, connect the user again'
      : 'the refreshed tokens were not kept and the refresh token may be spent; after correcting it, the user may need to reconnect';
  const advice =
    expected.source === 'discovery'
      ? `The server's metadata and its ID tokens disagree on the issuer: report it to the provider`
      : issuerAdvice(expected, received);
  return new AuthError(
    `${provider} token endpoint sent an ID token from issuer "${received}", not "${expected.issuer}": ${lost}. ${advice}`,
    { provider, code: ErrorCodes.issuerMismatch, reconnect: operation === 'refresh' },
  );
}
