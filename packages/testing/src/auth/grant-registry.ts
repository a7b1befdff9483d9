import type { FakeGrant, FakeGrantType } from './options.js';
import { randomToken } from './random-token.js';

/** A grant as stored; `revoked` flips when any token of it is revoked. */
export interface GrantRecord {
  /** Opaque id. */
  readonly id: string;
  /** Owning client. */
  readonly clientId: string;
  /** Consenting user; `null` for app-only grants. */
  readonly userId: string | null;
  /** Granted scopes. */
  readonly scope: readonly string[];
  /** The grant type that created it. */
  readonly grantType: FakeGrantType;
  /** Set when revoked; every token of the grant then fails. */
  revoked: boolean;
}

/** A one-time authorization code and everything it is bound to. */
export interface CodeRecord {
  /** The code value. */
  readonly code: string;
  /** The client it was issued to. */
  readonly clientId: string;
  /** The redirect URI it was issued for. */
  readonly redirectUri: string;
  /** Whether `redirect_uri` was in the authorization request (then the token request must repeat it). */
  readonly redirectUriSent: boolean;
  /** Requested scopes. */
  readonly scope: readonly string[];
  /** The S256 challenge, if PKCE was used. */
  readonly codeChallenge: string | null;
  /** The user who approved. */
  readonly userId: string;
  /** Expiry in epoch milliseconds. */
  readonly expiresAt: number;
  /** Set once redeemed. */
  used: boolean;
  /** The grant created when the code was redeemed; revoked if the code is replayed. */
  grantId: string | null;
}

/** An issued access token. */
export interface AccessTokenRecord {
  /** The token value. */
  readonly token: string;
  /** Its grant. */
  readonly grantId: string;
  /** Its scopes (a subset of the grant's). */
  readonly scope: readonly string[];
  /** Expiry in epoch milliseconds. */
  expiresAt: number;
}

/** An issued refresh token; `used` once rotated away. */
export interface RefreshTokenRecord {
  /** The token value. */
  readonly token: string;
  /** Its grant. */
  readonly grantId: string;
  /** Set when rotated away. */
  used: boolean;
}

/** In-memory store of codes, grants and tokens of one fake authorization server. */
export interface GrantRegistry {
  /** Stores a new authorization code. */
  addCode(record: Omit<CodeRecord, 'code' | 'used' | 'grantId'>): CodeRecord;
  /** Looks up a code. */
  findCode(code: string): CodeRecord | undefined;
  /** Stores a new grant. */
  createGrant(input: Omit<GrantRecord, 'id' | 'revoked'>): GrantRecord;
  /** Looks up a grant. */
  findGrant(id: string): GrantRecord | undefined;
  /** Issues an access token living `ttlMs`. */
  issueAccessToken(grant: GrantRecord, scope: readonly string[], ttlMs: number): AccessTokenRecord;
  /** Issues a refresh token. */
  issueRefreshToken(grant: GrantRecord): RefreshTokenRecord;
  /** Looks up an access token. */
  findAccessToken(token: string): AccessTokenRecord | undefined;
  /** Looks up a refresh token. */
  findRefreshToken(token: string): RefreshTokenRecord | undefined;
  /** The grant behind an access or refresh token. */
  grantOfToken(token: string): GrantRecord | undefined;
  /** Live means unexpired and its grant unrevoked. */
  isLive(record: AccessTokenRecord): boolean;
  /** Every grant, in creation order. */
  listGrants(): readonly GrantRecord[];
  /** Expires the live access tokens `predicate` selects; returns how many. */
  expireAccessTokens(predicate: (record: AccessTokenRecord) => boolean): number;
}

/**
 * Creates an empty {@link GrantRegistry} reading time from `now`.
 *
 * @example
 * ```ts
 * const registry = createGrantRegistry(() => Date.now());
 * ```
 */
export function createGrantRegistry(now: () => number): GrantRegistry {
  const codes = new Map<string, CodeRecord>();
  const grants = new Map<string, GrantRecord>();
  const accessTokens = new Map<string, AccessTokenRecord>();
  const refreshTokens = new Map<string, RefreshTokenRecord>();

  return {
    addCode(input) {
      const record: CodeRecord = {
        ...input,
        code: randomToken('sbx_code_'),
        used: false,
        grantId: null,
      };
      codes.set(record.code, record);
      return record;
    },
    findCode: (code) => codes.get(code),
    createGrant(input) {
      const grant: GrantRecord = { ...input, id: randomToken('sbx_grant_'), revoked: false };
      grants.set(grant.id, grant);
      return grant;
    },
    findGrant: (id) => grants.get(id),
    issueAccessToken(grant, scope, ttlMs) {
      const record = {
        token: randomToken('sbx_at_'),
        grantId: grant.id,
        scope,
        expiresAt: now() + ttlMs,
      };
      accessTokens.set(record.token, record);
      return record;
    },
    issueRefreshToken(grant) {
      const record = { token: randomToken('sbx_rt_'), grantId: grant.id, used: false };
      refreshTokens.set(record.token, record);
      return record;
    },
    findAccessToken: (token) => accessTokens.get(token),
    findRefreshToken: (token) => refreshTokens.get(token),
    grantOfToken(token) {
      const grantId = (accessTokens.get(token) ?? refreshTokens.get(token))?.grantId;
      return grantId === undefined ? undefined : grants.get(grantId);
    },
    isLive(record) {
      return record.expiresAt > now() && grants.get(record.grantId)?.revoked === false;
    },
    listGrants: () => [...grants.values()],
    expireAccessTokens(predicate) {
      let count = 0;
      for (const record of accessTokens.values()) {
        if (record.expiresAt > now() && predicate(record)) {
          record.expiresAt = now() - 1;
          count += 1;
        }
      }
      return count;
    },
  };
}

/** A read-only copy of a grant for callers outside the server. */
export function snapshotGrant(grant: GrantRecord): FakeGrant {
  return {
    id: grant.id,
    clientId: grant.clientId,
    userId: grant.userId,
    scope: [...grant.scope],
    revoked: grant.revoked,
  };
}
