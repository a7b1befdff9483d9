import type { KyInstance } from 'ky';
import { ErrorCodes } from '../errors/codes.js';
import { FitlinkError } from '../errors/fitlink-error.js';
import { abortError } from './clock.js';

/** One HTTP attempt, as the client loop hands it to the transport. */
export interface TransportRequest {
  method: string;
  url: URL;
  headers: Headers;
  body?: BodyInit | undefined;
  /** Covers the whole attempt: sending, the answer's headers and reading its body. */
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  fetch?: typeof fetch | undefined;
}

/** The deadline of one answer whose body is still unread. */
interface BodyGuard {
  /** Aborted by the attempt's timeout or the caller's signal. */
  readonly signal: AbortSignal;
  /** Turns a failure while reading into the error to throw. */
  fail(error: unknown): FitlinkError;
  /** Stops the timer and lets go of the caller's signal. */
  settle(): void;
}

// ky is loaded on the first request, not when core is imported: its feature checks build a
// `Request` at import time, which makes Node load its whole fetch implementation (about 100 ms
// of a cold start) before any request is sent. Once loaded, requests use it with no await.
let kyInstance: KyInstance | undefined;
let kyLoading: Promise<KyInstance> | undefined;

/**
 * Loads the HTTP layer now instead of on the first request: for a server that wants its first
 * provider call as fast as the others, or a test that fakes timers from its first request on.
 * Calling it again costs nothing.
 *
 * @returns When the HTTP layer is ready.
 * @example
 * ```ts
 * await loadHttpTransport(); // at boot, beside opening the database pool
 * ```
 */
export async function loadHttpTransport(): Promise<void> {
  await loadKy();
}

function loadKy(): Promise<KyInstance> {
  kyLoading ??= import('ky').then((module) => {
    kyInstance = module.default;
    return kyInstance;
  });
  return kyLoading;
}

// Answers from `sendOnce` whose body is still guarded by the attempt's deadline.
const guards = new WeakMap<Response, BodyGuard>();

// setTimeout fires at once past 2^31 - 1 ms: longer timeouts (and Infinity) mean "none".
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Sends one attempt through ky with ky's own retry, timeout and error throwing off (the client
 * loop owns retries, refresh and rate limits). The attempt's `timeoutMs` runs from sending until
 * the body is read (through {@link readAnswerText}) or dropped (through {@link releaseAnswer}):
 * a body that stalls after the headers times out like an answer that never comes. This folder is
 * the only place that imports ky, so a ky major is a one-folder change and users never see ky
 * types.
 *
 * @param request - The attempt.
 * @param secrets - The connection's secrets, read only when an error is built.
 * @throws {@link FitlinkError} with code `timeout`, `aborted` or `network` when no answer came.
 * @example
 * ```ts
 * const response = await sendOnce({ method: 'GET', url, headers, timeoutMs: 30_000 }, secrets);
 * const text = await readAnswerText(response);
 * ```
 */
export async function sendOnce(
  request: TransportRequest,
  secrets: () => readonly string[],
): Promise<Response> {
  const ky = kyInstance ?? (await loadKy());
  const { url, timeoutMs } = request;
  const caller = request.signal;
  const controller = new AbortController();
  let timedOut = false;
  const timer =
    Number.isFinite(timeoutMs) && timeoutMs < MAX_TIMER_MS
      ? setTimeout(
          () => {
            timedOut = true;
            controller.abort(timeoutCause(timeoutMs));
          },
          Math.max(0, timeoutMs),
        )
      : undefined;
  const onCallerAbort = (): void => controller.abort(caller?.reason);
  if (caller?.aborted) onCallerAbort();
  else caller?.addEventListener('abort', onCallerAbort, { once: true });
  const settle = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    caller?.removeEventListener('abort', onCallerAbort);
  };
  const fail = (error: unknown, reading: boolean): FitlinkError => {
    if (caller?.aborted) return abortError(caller);
    const where = `${url.host}${url.pathname}`;
    if (timedOut) {
      const what = reading ? 'The answer was not read completely' : 'No answer';
      return new FitlinkError(`${what} within ${timeoutMs} ms from ${where}`, {
        code: ErrorCodes.timeout,
        cause: timeoutCause(timeoutMs),
        secrets: secrets(),
      });
    }
    const what = reading
      ? 'Connection lost while reading the answer from'
      : 'Network error calling';
    return new FitlinkError(`${what} ${where}`, {
      code: ErrorCodes.network,
      cause: error,
      secrets: secrets(),
    });
  };

  // The signal goes straight to fetch rather than through ky, which would merge it with its own
  // (`AbortSignal.any`, costly on every request) to no purpose: ky's timeout and retry are off.
  const baseFetch = request.fetch ?? globalThis.fetch;
  const signal = controller.signal;
  let response: Response;
  try {
    response = await ky(url, {
      method: request.method,
      headers: request.headers,
      body: request.body ?? null,
      timeout: false,
      retry: 0,
      throwHttpErrors: false,
      fetch: (input, init) => baseFetch(input, { ...init, signal }),
    });
  } catch (error) {
    settle();
    throw fail(error, false);
  }
  if (response.body === null) {
    settle();
    return response;
  }
  guards.set(response, { signal: controller.signal, fail: (error) => fail(error, true), settle });
  return response;
}

/**
 * Reads an answer's body as text within what is left of its attempt's `timeoutMs`.
 *
 * @param response - An answer from {@link sendOnce} (any other response is read as it is).
 * @throws {@link FitlinkError} with code `timeout` when the body stalls past the deadline,
 * `network` when the connection drops mid-body (never a raw `TypeError: terminated`), `aborted`
 * when the caller aborts.
 * @example
 * ```ts
 * const text = await readAnswerText(response);
 * ```
 */
export async function readAnswerText(response: Response): Promise<string> {
  return readAnswer(response, (answer) => answer.text());
}

/**
 * Reads an answer's body as bytes within its attempt's deadline, as {@link readAnswerText}
 * reads text (binary downloads: FIT files).
 *
 * @param response - The answer.
 * @returns The body's bytes.
 * @example
 * ```ts
 * const bytes = await readAnswerBytes(response);
 * ```
 */
export async function readAnswerBytes(response: Response): Promise<Uint8Array<ArrayBuffer>> {
  return readAnswer(response, async (answer) => new Uint8Array(await answer.arrayBuffer()));
}

async function readAnswer<T>(
  response: Response,
  read: (answer: Response) => Promise<T>,
): Promise<T> {
  const guard = guards.get(response);
  if (guard === undefined) return read(response);
  guards.delete(response);
  // A fetch that honours its signal errors the body on abort; one that does not (an in-process
  // mock) is raced against the signal, so the deadline holds either way.
  const { signal } = guard;
  let onAbort: (() => void) | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([read(response), expired]);
  } catch (error) {
    throw guard.fail(error);
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
    guard.settle();
  }
}

/**
 * Drops a body that will not be read and ends its deadline. ky may hold a tee of the body;
 * awaiting `cancel()` would wait for the other branch, so the cancellation is fired and
 * forgotten.
 *
 * @param response - The answer.
 * @example
 * ```ts
 * if (response.status === 429) releaseAnswer(response);
 * ```
 */
export function releaseAnswer(response: Response): void {
  const guard = guards.get(response);
  if (guard !== undefined) {
    guards.delete(response);
    guard.settle();
  }
  response.body?.cancel().catch(() => undefined);
}

function timeoutCause(timeoutMs: number): Error {
  const cause = new Error(`timeoutMs (${timeoutMs} ms) elapsed`);
  cause.name = 'TimeoutError';
  return cause;
}
