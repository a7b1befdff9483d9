/** A clock for tests: `now()` is virtual time, `sleep()` returns at once and moves it forward. */
export interface FakeClock {
  /** Virtual time, epoch milliseconds. */
  now(): number;
  /**
   * Records the wait, moves virtual time forward by it and resolves at once (rate-limit and
   * backoff waits take no real time); rejects with the signal's reason when already aborted.
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** Every wait asked for, in milliseconds, in order (clear it with `sleeps.length = 0`). */
  readonly sleeps: number[];
  /** Moves virtual time forward without a wait being recorded. */
  advance(ms: number): void;
  /** Sets virtual time to an instant, epoch milliseconds. */
  set(epochMs: number): void;
}

/**
 * A fake clock that satisfies `@fitlink/core`'s `Clock`: pass it as a client's or app's
 * `clock` and a wait for the next rate-limit window takes milliseconds, while the test can
 * assert exactly how long the client chose to wait.
 *
 * @example
 * ```ts
 * const clock = createFakeClock({ start: Date.parse('2026-11-22T12:00:00Z') });
 * await clock.sleep(600_000);
 * clock.sleeps; // [600000]
 * new Date(clock.now()).toISOString(); // '2026-11-22T12:10:00.000Z'
 * ```
 */
export function createFakeClock(options: { readonly start?: number } = {}): FakeClock {
  let time = options.start ?? Date.now();
  const sleeps: number[] = [];
  return {
    now: () => time,
    async sleep(ms, signal) {
      signal?.throwIfAborted();
      sleeps.push(ms);
      time += Math.max(0, ms);
    },
    sleeps,
    advance(ms) {
      time += ms;
    },
    set(epochMs) {
      time = epochMs;
    },
  };
}
