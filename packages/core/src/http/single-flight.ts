/**
 * Shares one in-flight task per (scope, key): a second caller asking while the first task runs
 * gets the same promise. Used so that many requests with an expired token make one refresh.
 */
export interface SingleFlight {
  /**
   * Runs `task`, or joins the run already under way for the same scope and key.
   *
   * @param scope - An object the key belongs to (the token store), so equal keys of different stores do not collide.
   * @param key - The connection key.
   * @param task - The work to share.
   */
  run<T>(scope: object, key: string, task: () => Promise<T>): Promise<T>;
}

/**
 * Creates a {@link SingleFlight}. Each OAuth app holds one, so every client built from the app
 * shares refreshes.
 */
export function createSingleFlight(): SingleFlight {
  const inflight = new WeakMap<object, Map<string, Promise<unknown>>>();
  return {
    run<T>(scope: object, key: string, task: () => Promise<T>): Promise<T> {
      let byKey = inflight.get(scope);
      if (!byKey) {
        byKey = new Map();
        inflight.set(scope, byKey);
      }
      const running = byKey.get(key);
      if (running) return running as Promise<T>;
      const map = byKey;
      const promise = task().finally(() => {
        if (map.get(key) === promise) map.delete(key);
      });
      map.set(key, promise);
      return promise;
    },
  };
}
