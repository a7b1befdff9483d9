import { createMemoryTokenStore, type TokenSet, type TokenStore } from '@fitlink/core';
import type { FakeAuthorizationServer } from '../auth/fake-authorization-server.js';
import type { IssuedTokens } from '../auth/issue-tokens.js';

/** Settings of {@link seedConnection}. */
export interface SeedConnectionOptions {
  /** The provider's fake authorization server (a plugin's `auth`). */
  readonly auth: FakeAuthorizationServer;
  /**
   * Granted scopes.
   * @defaultValue the server's default scope
   */
  readonly scope?: readonly string[];
  /**
   * The client the tokens are issued to.
   * @defaultValue the server's first client
   */
  readonly clientId?: string;
  /**
   * Access-token lifetime, seconds (0 or less: already expired).
   * @defaultValue the server's `accessTokenTtlSeconds`
   */
  readonly expiresInSeconds?: number;
  /**
   * Whether a refresh token is issued.
   * @defaultValue true
   */
  readonly refreshToken?: boolean;
  /**
   * The user the connection belongs to.
   * @defaultValue the server's signed-in user
   */
  readonly userId?: string;
  /**
   * The connection key in the store.
   * @defaultValue `'<first host>:user-1'`
   */
  readonly key?: string;
  /**
   * Where to store the tokens.
   * @defaultValue a new memory store
   */
  readonly store?: TokenStore;
}

/** A seeded connection: where its tokens are, and what was issued. */
export interface SeededConnection {
  /** The store holding the tokens. */
  readonly store: TokenStore;
  /** The connection key. */
  readonly key: string;
  /** The stored token set. */
  readonly tokens: TokenSet;
  /** What the authorization server issued. */
  readonly issued: IssuedTokens;
}

/**
 * Seeds a connection as if the user had consented: issues tokens on the provider's fake
 * authorization server and stores them under a key, ready for `create<P>Client`.
 *
 * @param options - The authorization server, scopes, lifetime, key and store.
 * @example
 * ```ts
 * import { seedConnection } from '@fitlink/testing';
 *
 * const { store, key } = await seedConnection({ auth: plugin.auth, scope: ['read:workout', 'offline'] });
 * const client = createWhoopClient({ app, store, key });
 * ```
 */
export async function seedConnection(options: SeedConnectionOptions): Promise<SeededConnection> {
  const issued = options.auth.issueTokens({
    ...(options.scope !== undefined ? { scope: options.scope } : {}),
    ...(options.clientId !== undefined ? { clientId: options.clientId } : {}),
    ...(options.expiresInSeconds !== undefined
      ? { expiresInSeconds: options.expiresInSeconds }
      : {}),
    ...(options.refreshToken !== undefined ? { refreshToken: options.refreshToken } : {}),
    ...(options.userId !== undefined ? { userId: options.userId } : {}),
  });
  const store = options.store ?? createMemoryTokenStore();
  const key = options.key ?? `${options.auth.hosts[0] ?? 'sandbox'}:user-1`;
  const tokens: TokenSet = {
    accessToken: issued.accessToken,
    ...(issued.refreshToken !== undefined ? { refreshToken: issued.refreshToken } : {}),
    expiresAt: issued.expiresAt,
    scope: [...issued.scope],
  };
  await store.set(key, tokens);
  return { store, key, tokens, issued };
}
