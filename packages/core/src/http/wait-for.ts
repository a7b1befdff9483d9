import { abortError } from './clock.js';

/**
 * Waits for `work` unless `signal` aborts first. The abort only ends this wait: `work` goes on
 * (and its rejection, if it rejects later, is handled here so it is never unhandled).
 *
 * @param work - Shared work, such as a connection's refresh.
 * @param signal - The caller's signal.
 * @returns What `work` resolves to.
 * @throws {@link FitlinkError} with code `aborted` when `signal` aborts before `work` settles.
 * @example
 * ```ts
 * const tokens = await waitFor(refresh, options.signal); // the refresh itself is not aborted
 * ```
 */
export function waitFor<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  work.catch(() => undefined);
  if (signal === undefined) return work;
  if (signal.aborted) return Promise.reject(abortError(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
