import { AuthError } from '../errors/auth-error.js';
import { ErrorCodes } from '../errors/codes.js';
import type { TokenSet } from '../tokens/token-set.js';

/**
 * Which of the `required` scopes a grant of `granted` does not cover. The default compares sets
 * (a scope is covered when it was granted, whatever the separator it came with); a provider whose
 * broader scopes imply narrower ones (Strava's `activity:read_all` covers `activity:read`) gives
 * its own.
 */
export type FindMissingScopes = (
  required: readonly string[],
  granted: readonly string[],
) => string[];

/**
 * What an answer without a `scope` means (neither the token response nor the callback has one):
 * `requested`, the scopes asked for were granted (RFC 6749 §5.1: a server must send `scope` when
 * it grants a different one); `none`, nothing is known to be granted, so every required scope is
 * missing (for providers that always report the grant and whose silence proves nothing, as
 * Strava, whose callback lists what the athlete accepted).
 *
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.1
 */
export type AbsentScope = 'requested' | 'none';

/** When a {@link MissingScopeError} was raised. */
export type ScopeCheckStage = 'callback' | 'exchange' | 'refresh';

/** Options of {@link MissingScopeError}. */
export interface MissingScopeErrorOptions {
  /** Provider id. */
  provider: string;
  /** The required scopes the grant lacks (never empty). */
  missingScopes: readonly string[];
  /** What the provider said it granted (`[]` when it said nothing and that means none). */
  grantedScopes: readonly string[];
  /** What the app required. */
  requiredScopes: readonly string[];
  /** Where the downgrade was seen: the callback (the code is not redeemed), the exchange or a refresh. */
  stage: ScopeCheckStage;
  /**
   * The token set the provider issued, when the code was redeemed (or the refresh answered):
   * kept on the error, out of its message and `toJSON()`, so the app can revoke it or, if it can
   * work with less, store it.
   */
  tokens?: TokenSet;
  /** Whether the provider's answer had no `scope` at all (so `grantedScopes` is inferred). */
  unreported?: boolean;
  /** A sentence added to the message: what the app may have to change. */
  hint?: string;
  /** Values to keep out of the message (the client secret). */
  secrets?: readonly string[];
}

/**
 * The user (or the provider) granted fewer scopes than the app requires: an {@link AuthError}
 * with code `missing_scope` that names the missing scopes. `reconnect` is `false` when it is
 * raised during the connect flow (ask the user again, explaining why the app needs them) and
 * `true` after a refresh (the connection lost a scope: the user must reconnect).
 *
 * The tokens the provider issued, if any, are on {@link MissingScopeError.tokens}: not stored by
 * fitlink, not enumerable, never in the message or `toJSON()`. Revoke them, or store them
 * yourself if the app can work without the missing scopes.
 *
 * @example
 * ```ts
 * try { tokens = await app.exchangeCode({ callback, state, codeVerifier, scopes }); }
 * catch (error) {
 *   if (error instanceof MissingScopeError) {
 *     if (error.tokens) await app.revoke(error.tokens);
 *     return askAgain(error.missingScopes);
 *   }
 *   throw error;
 * }
 * ```
 */
export class MissingScopeError extends AuthError {
  /** The required scopes the grant lacks. */
  readonly missingScopes: readonly string[];
  /** What the provider said it granted (`[]` when it said nothing and that counts as none). */
  readonly grantedScopes: readonly string[];
  /** What the app required. */
  readonly requiredScopes: readonly string[];
  /** Where the downgrade was seen: `callback` (code not redeemed), `exchange` or `refresh`. */
  readonly stage: ScopeCheckStage;
  /**
   * The token set the provider issued with the downgraded grant, or `undefined` when no code was
   * redeemed. Not enumerable: it stays out of `toJSON()`, `JSON.stringify` and logs.
   */
  declare readonly tokens: TokenSet | undefined;

  /**
   * @param options - The scopes, the stage and the tokens issued, if any.
   */
  constructor(options: MissingScopeErrorOptions) {
    const { provider, missingScopes, grantedScopes, stage, tokens } = options;
    const granted =
      grantedScopes.length > 0
        ? grantedScopes.join(' ')
        : options.unreported
          ? 'none reported'
          : 'none';
    const advice =
      stage === 'refresh'
        ? 'the connection lost it: the user must reconnect'
        : 'ask the user again, explaining why the app needs it, or lower requiredScopes';
    const unreported = options.unreported
      ? `; ${provider} reported no granted scope (for a callback, pass the whole callback URL)`
      : '';
    super(
      `${provider}: the grant lacks the required scope${missingScopes.length > 1 ? 's' : ''} ${missingScopes.join(', ')} (granted: ${granted}${unreported}); ${advice}${options.hint ? `. ${options.hint}` : ''}`,
      {
        provider,
        code: ErrorCodes.missingScope,
        reconnect: stage === 'refresh',
        secrets: [
          ...(options.secrets ?? []),
          ...[tokens?.accessToken, tokens?.refreshToken, tokens?.idToken].filter(
            (value): value is string => typeof value === 'string' && value.length > 0,
          ),
        ],
      },
    );
    this.missingScopes = [...missingScopes];
    this.grantedScopes = [...grantedScopes];
    this.requiredScopes = [...options.requiredScopes];
    this.stage = stage;
    Object.defineProperty(this, 'tokens', {
      value: tokens,
      enumerable: false,
      writable: false,
      configurable: true,
    });
  }
}

/** Splits a `scope` value on spaces and commas (RFC 6749 uses spaces, Strava commas). */
export function parseScope(value: string): string[] {
  return [...new Set(value.split(/[\s,]+/).filter(Boolean))];
}

/** The default {@link FindMissingScopes}: the required scopes not granted, compared as sets. */
export const findMissingScopes: FindMissingScopes = (required, granted) => {
  const have = new Set(granted);
  return [...new Set(required)].filter((scope) => !have.has(scope));
};

/** Input of {@link checkGrantedScopes}. */
export interface CheckGrantedScopesInput {
  /** Provider id. */
  provider: string;
  /** The scopes the app requires; an empty list checks nothing. */
  required: readonly string[];
  /**
   * What the provider said it granted, as a list or its `scope` text (spaces or commas);
   * `undefined` when it said nothing, read through `absent`.
   */
  granted: readonly string[] | string | undefined;
  /** The scopes asked for: what an absent `scope` means with `absent: 'requested'`. */
  requested?: readonly string[];
  /** What an absent `scope` means. @defaultValue 'requested' */
  absent?: AbsentScope;
  /** The comparison. @defaultValue the scopes of `required` missing from `granted`, as sets */
  findMissing?: FindMissingScopes;
  /** Where the check runs. */
  stage: ScopeCheckStage;
  /** The tokens issued, carried by the error. */
  tokens?: TokenSet;
  /** A sentence added to the error's message. */
  hint?: string;
  /** Values to keep out of the message. */
  secrets?: readonly string[];
}

/**
 * Compares what a provider granted with what the app requires and throws when a required scope
 * is missing. Core's OAuth 2 app runs it after every code exchange and after a refresh whose
 * answer has a `scope`; provider packages run it on a callback that lists the granted scopes,
 * before the code is redeemed.
 *
 * @param input - Required and granted scopes, the comparison and the stage.
 * @throws {@link MissingScopeError} (an `AuthError` with code `missing_scope`) naming the missing scopes.
 * @example
 * ```ts
 * checkGrantedScopes({ provider: 'example', required: ['read', 'write'], granted: 'read', stage: 'exchange' });
 * // throws MissingScopeError: missingScopes ['write']
 * ```
 */
export function checkGrantedScopes(input: CheckGrantedScopesInput): void {
  const required = [...new Set(input.required)];
  if (required.length === 0) return;
  const unreported = input.granted === undefined;
  const granted =
    typeof input.granted === 'string'
      ? parseScope(input.granted)
      : input.granted !== undefined
        ? [...input.granted]
        : (input.absent ?? 'requested') === 'requested'
          ? [...(input.requested ?? required)]
          : [];
  const missing = (input.findMissing ?? findMissingScopes)(required, granted);
  if (missing.length === 0) return;
  throw new MissingScopeError({
    provider: input.provider,
    missingScopes: missing,
    grantedScopes: granted,
    requiredScopes: required,
    stage: input.stage,
    unreported: unreported && input.absent === 'none',
    ...(input.tokens ? { tokens: input.tokens } : {}),
    ...(input.hint ? { hint: input.hint } : {}),
    ...(input.secrets ? { secrets: input.secrets } : {}),
  });
}
