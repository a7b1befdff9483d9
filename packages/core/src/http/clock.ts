import { ErrorCodes } from '../errors/codes.js';
import { FitlinkError } from '../errors/fitlink-error.js';

/**
 * The time source used for expiry checks, backoff and rate-limit waits. Inject a fake one in
 * tests so waits take no real time.
 */
export interface Clock {
  /** Current time, epoch milliseconds. */
  now(): number;
  /** Resolves after `ms` milliseconds; rejects with an `aborted` {@link FitlinkError} when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/**
 * The real clock: `Date.now()` and `setTimeout` (so test runners' fake timers control it).
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortError(signal));
        return;
      }
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(abortError(signal));
      };
      const timer = setTimeout(
        () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        Math.max(0, ms),
      );
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

/**
 * Builds the error thrown when a caller's `AbortSignal` aborts a request or a wait.
 *
 * @param signal - The aborted signal; its reason becomes the cause.
 */
export function abortError(signal?: AbortSignal): FitlinkError {
  return new FitlinkError('The request was aborted by the caller', {
    code: ErrorCodes.aborted,
    cause: signal?.reason,
  });
}
