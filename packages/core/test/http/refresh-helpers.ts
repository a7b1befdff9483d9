import {
  createSingleFlight,
  type TokenRefresher,
  type TokenSet,
  type TokenStore,
} from '../../src/index.js';

/** The connection key of these tests. */
export const KEY = 'strava:user-1';

/** A token set that expired a second before `now` (obtained an hour before). */
export function expiredAt(now: number, label = 'old'): TokenSet {
  return {
    accessToken: `access-${label}`,
    refreshToken: `refresh-${label}`,
    obtainedAt: now - 3_600_000,
    expiresAt: now - 1_000,
  };
}

/** A token set obtained at `now`, living `lifetimeMs`. */
export function freshAt(now: number, label: string, lifetimeMs = 3_600_000): TokenSet {
  return {
    accessToken: `access-${label}`,
    refreshToken: `refresh-${label}`,
    obtainedAt: now,
    expiresAt: now + lifetimeMs,
  };
}

/** A promise with its resolve and reject in hand. */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
} {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A refresher whose behaviour each test supplies; it records what it was given. */
export interface ScriptedRefresher extends TokenRefresher {
  /** Refresh requests made. */
  calls: number;
  /** The refresh token presented by each request. */
  presented: (string | undefined)[];
  /** The signal each request was given. */
  signals: (AbortSignal | undefined)[];
}

/**
 * A refresher standing for one process's OAuth app (its own single-flight): `answer` gets the
 * call number, the token set presented and the signal, and returns or throws.
 */
export function scriptedRefresher(
  answer: (call: number, tokens: TokenSet, signal: AbortSignal | undefined) => Promise<TokenSet>,
): ScriptedRefresher {
  const app: ScriptedRefresher = {
    provider: 'test',
    singleFlight: createSingleFlight(),
    calls: 0,
    presented: [],
    signals: [],
    async refresh(tokens, options) {
      app.calls++;
      app.presented.push(tokens.refreshToken);
      app.signals.push(options?.signal);
      return answer(app.calls, tokens, options?.signal);
    },
  };
  return app;
}

/** Wraps a store so that its writes (`set` and `compareAndSet`) throw while `failing()` says so. */
export function failingWrites(
  inner: TokenStore,
  failing: (write: number, tokens: TokenSet) => boolean,
): TokenStore & { writes: number } {
  const store: TokenStore & { writes: number } = {
    writes: 0,
    get: (key) => inner.get(key),
    delete: (key) => inner.delete(key),
    async set(key, tokens) {
      store.writes++;
      if (failing(store.writes, tokens)) throw diskFull(tokens);
      await inner.set(key, tokens);
    },
  };
  if (inner.lock) store.lock = (key, task) => inner.lock!(key, task);
  if (inner.getVersioned && inner.compareAndSet) {
    store.getVersioned = (key) => inner.getVersioned!(key);
    store.compareAndSet = async (key, version, tokens) => {
      store.writes++;
      if (failing(store.writes, tokens)) throw diskFull(tokens);
      return inner.compareAndSet!(key, version, tokens);
    };
  }
  if (inner.acquireLease) store.acquireLease = (key, options) => inner.acquireLease!(key, options);
  return store;
}

// A careless driver error that quotes the value it could not write.
function diskFull(tokens: TokenSet): Error {
  return new Error(`disk full while writing ${JSON.stringify(tokens)} (${tokens.refreshToken})`);
}
