/**
 * An in-process mutex per key: tasks on the same key run one at a time, in the order they
 * asked (FIFO); tasks on different keys run concurrently. A task that throws releases the lock.
 *
 * @example
 * ```ts
 * const mutex = new KeyedMutex();
 * await mutex.run('strava:user-42', async () => refreshTokens());
 * ```
 */
export class KeyedMutex {
  // The promise each key's last waiter settles when it releases; absent when the key is free.
  readonly #tails = new Map<string, Promise<void>>();

  /**
   * Runs `task` once every earlier task on `key` has finished.
   *
   * @param key - What to lock.
   * @param task - The work to do while holding the lock.
   * @returns What `task` returns; its rejection is passed on after the lock is released.
   */
  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key);
    let release: () => void = () => {};
    const tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.#tails.set(key, tail);
    try {
      if (previous !== undefined) await previous;
      return await task();
    } finally {
      release();
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    }
  }
}
