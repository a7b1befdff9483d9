import type { RequestAuth } from './request-auth.js';

/**
 * Every secret one connection has had in this process: the credential-named default headers,
 * each credential its auth sent (so an access token replaced by a refresh is still redacted
 * later) and what its auth reports. Internal to the HTTP client.
 */
export interface SecretSet {
  /**
   * Records the credential an attempt sent. Cheap when it is the one sent last; when it
   * changed (the first request, a refresh), also takes in what the auth reports now.
   */
  noteCredential(credential: string): void;
  /** Adds values (a request's credential headers). */
  add(values: readonly string[]): void;
  /** Every secret known, the auth's current ones included; built only when an error or event is. */
  all(): readonly string[];
}

/**
 * Creates the secret set of one HTTP client.
 *
 * @param initial - Secrets known up front (credential-named default headers).
 * @param auth - The client's auth, asked for its secrets when the credential changes and when
 * the set is read.
 * @example
 * ```ts
 * const secrets = createSecretSet(['api-key-value'], auth);
 * secrets.noteCredential(attempt.credential);
 * new ProviderError('…', { …, secrets: secrets.all() });
 * ```
 */
export function createSecretSet(initial: readonly string[], auth?: RequestAuth): SecretSet {
  const known = new Set<string>();
  let snapshot: readonly string[] | undefined;
  let lastCredential: string | undefined;
  const add = (values: readonly string[]): void => {
    for (const value of values) {
      if (value === '' || known.has(value)) continue;
      known.add(value);
      snapshot = undefined;
    }
  };
  add(initial);
  return {
    noteCredential(credential) {
      if (credential === lastCredential) return;
      lastCredential = credential;
      if (auth) add(auth.secrets());
      add([credential]);
    },
    add,
    all() {
      if (auth) add(auth.secrets());
      snapshot ??= [...known];
      return snapshot;
    },
  };
}
