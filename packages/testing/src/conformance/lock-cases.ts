import type { TokenStore } from '@fitlink/core';
import { expect, it, type TestContext } from 'vitest';
import type { ConformanceRun } from './conformance-run.js';

type Locking = TokenStore & Required<Pick<TokenStore, 'lock'>>;

/** How long a case waits for a lock on another key before calling it a deadlock. */
const DEADLOCK_MS = 5_000;

/**
 * Registers the cases of `lock`: tasks on one key never overlap, the task's value or error is
 * passed on and the lock released either way, and keys do not block each other.
 *
 * @param run - The registration's run.
 * @example
 * ```ts
 * describe('lock', () => lockCases(run));
 * ```
 */
export function lockCases(run: ConformanceRun): void {
  const open = async (context: TestContext): Promise<Locking> =>
    (await run.open(context, 'lock')) as Locking;

  it('never runs two tasks on one key at once', async (context) => {
    const store = await open(context);
    const key = run.key('lock');
    let active = 0;
    let most = 0;
    const task = async (): Promise<void> => {
      active++;
      most = Math.max(most, active);
      for (let tick = 0; tick < 5; tick++) await new Promise((resolve) => setTimeout(resolve, 1));
      active--;
    };
    const count = Math.min(run.options.concurrency, 8);
    await Promise.all(Array.from({ length: count }, () => store.lock(key, task)));
    expect(most).toBe(1);
  });

  it("passes on the task's value and error, releasing the lock either way", async (context) => {
    const store = await open(context);
    const key = run.key('lock-result');
    expect(await store.lock(key, async () => 42)).toBe(42);
    const failure = new Error('task failed');
    await expect(
      store.lock(key, async () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await store.lock(key, async () => 'after')).toBe('after');
  });

  it('does not block other keys', async (context) => {
    const store = await open(context);
    const [key, other] = [run.key('lock-a'), run.key('lock-b')];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadlock = new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve('blocked'), DEADLOCK_MS);
    });
    const outcome = await store.lock(key, () =>
      Promise.race([store.lock(other, async () => 'other key ran'), deadlock]),
    );
    clearTimeout(timer);
    expect(outcome).toBe('other key ran');
  });
}
