import { SANDBOX_CLIENT } from '@fitlink/testing';
import type { CorosActivity } from '../schemas/activity.js';
import { stringifyCorosJson } from './wire-json.js';

/** Options of {@link createCorosPushRequest}. */
export interface CorosPushRequestOptions {
  /** The app's push URL. */
  url: string | URL;
  /** The workouts to push (each with its `openId`). */
  workouts: readonly CorosActivity[];
  /** The `Client` header. @defaultValue the sandbox client id */
  clientId?: string;
  /** The `Secret` header. @defaultValue the sandbox client secret */
  clientSecret?: string;
}

/**
 * A push as COROS sends it: `POST` with the `Client` and `Secret` headers and a
 * `{"sportDataList": […]}` body whose `labelId`s are bare 64-bit numbers.
 *
 * @param options - Where, what and with which credentials.
 * @example
 * ```ts
 * const response = await handler(createCorosPushRequest({ url: 'https://app.example/coros', workouts }));
 * ```
 */
export function createCorosPushRequest(options: CorosPushRequestOptions): Request {
  return new Request(options.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      client: options.clientId ?? SANDBOX_CLIENT.clientId,
      secret: options.clientSecret ?? SANDBOX_CLIENT.clientSecret ?? '',
      'user-agent': 'COROS-Push (fitlink sandbox)',
    },
    body: stringifyCorosJson({ sportDataList: options.workouts }),
  });
}

/** Options of {@link pushCorosWorkouts}. */
export interface PushCorosWorkoutsOptions extends CorosPushRequestOptions {
  /** Workouts per push (COROS batches new workouts). @defaultValue 10 */
  batchSize?: number;
  /** The fetch that carries the pushes (a real HTTP client, to reach a local server). @defaultValue globalThis.fetch */
  fetch?: typeof fetch;
}

/**
 * Plays COROS pushing workouts to an app's real endpoint over HTTP, in batches, with COROS'
 * headers. Resolves with every answer (COROS wants 200 `{"result":"0000"}`).
 *
 * @param options - The endpoint, workouts, credentials and batch size.
 * @example
 * ```ts
 * const answers = await pushCorosWorkouts({ url: 'http://127.0.0.1:8787/coros', workouts: fake.activities });
 * ```
 */
export async function pushCorosWorkouts(options: PushCorosWorkoutsOptions): Promise<Response[]> {
  const size = Math.max(1, options.batchSize ?? 10);
  const send = options.fetch ?? globalThis.fetch;
  const answers: Response[] = [];
  for (let start = 0; start < options.workouts.length; start += size) {
    const request = createCorosPushRequest({
      ...options,
      workouts: options.workouts.slice(start, start + size),
    });
    answers.push(await send(request));
  }
  return answers;
}
