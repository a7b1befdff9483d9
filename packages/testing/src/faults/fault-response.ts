import { HttpResponse } from 'msw';
import type { BodyResetFault, SandboxFault, StalledBodyFault } from './fault.js';

function invalidToken(description: string): Response {
  return Response.json(
    { error: 'invalid_token', error_description: description },
    {
      status: 401,
      headers: {
        'WWW-Authenticate': `Bearer error="invalid_token", error_description="${description}"`,
      },
    },
  );
}

/**
 * The response that replaces the real one for a fault, or `undefined` for `slow`, `truncated`,
 * `stalled-body` and `body-reset`, which need the real response.
 */
export function faultResponse(fault: SandboxFault): Response | undefined {
  switch (fault.kind) {
    case 'status':
      return Response.json(
        fault.body ?? {
          error: 'server_error',
          error_description: `Injected fault: HTTP ${fault.status}`,
        },
        { status: fault.status, ...(fault.headers ? { headers: fault.headers } : {}) },
      );
    case 'rate-limit':
      return Response.json(
        { error: 'rate_limited', error_description: 'Injected fault: too many requests' },
        {
          status: 429,
          headers: { 'Retry-After': String(fault.retryAfterSeconds ?? 1), ...fault.headers },
        },
      );
    case 'reset':
      return HttpResponse.error();
    case 'expired-token':
      return invalidToken('The access token expired');
    case 'revoked-token':
      return invalidToken('The access token was revoked');
    case 'slow':
    case 'truncated':
    case 'stalled-body':
    case 'body-reset':
      return undefined;
  }
}

// Statuses whose responses must not have a body (Fetch standard "null body status").
const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([101, 103, 204, 205, 304]);

/** A copy of `response` whose body stops halfway, so a JSON parser fails mid-document. */
export async function truncateResponse(response: Response): Promise<Response> {
  if (NULL_BODY_STATUSES.has(response.status)) return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  const cut = bytes.slice(0, Math.floor(bytes.length / 2));
  return new Response(cut.length > 0 ? cut : null, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/** What a broken body reports while it stalls (see {@link breakBody}). */
export interface BrokenBodyHooks {
  /** Aborts a stall the way a fetch's signal errors its body (the request's signal in-process). */
  readonly signal?: AbortSignal | undefined;
  /** Called when the body starts to stall. */
  onStall(): void;
  /** Called once when a stalled body is let go (aborted or cancelled). */
  onRelease(): void;
}

// Taken when the module loads, so a test's fake timers do not hold a reset back.
const realSetTimeout = globalThis.setTimeout;

// Bodies the loopback server must stream as they come (headers first), not buffer.
const streamed = new WeakSet<Response>();

/**
 * Whether a response's body breaks off (a `stalled-body` or `body-reset` fault): the loopback
 * server writes such a body chunk by chunk after the headers, and destroys the socket when it
 * errors, instead of buffering it.
 */
export function isBrokenBody(response: Response): boolean {
  return streamed.has(response);
}

/**
 * A copy of `response` whose body sends its first `afterBytes` (default: half) and then stalls
 * until aborted or cancelled (`stalled-body`), or errors with `TypeError: terminated`
 * (`body-reset`). `Content-Length` is dropped.
 */
export async function breakBody(
  response: Response,
  fault: StalledBodyFault | BodyResetFault,
  hooks: BrokenBodyHooks,
): Promise<Response> {
  if (NULL_BODY_STATUSES.has(response.status)) return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const cut = Math.min(bytes.length, Math.max(0, fault.afterBytes ?? Math.floor(bytes.length / 2)));
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  let sent = cut === 0;
  let release: (() => void) | undefined;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(bytes.slice(0, cut));
        return undefined;
      }
      if (fault.kind === 'body-reset') {
        // A macrotask later, as a socket closes after its last data: a reader that is reading
        // gets the bytes sent first (erroring a stream drops what is still queued in it).
        return new Promise<void>((resolve) => {
          realSetTimeout(() => {
            controller.error(new TypeError('terminated'));
            resolve();
          }, 0);
        });
      }
      const { signal } = hooks;
      return new Promise<void>((resolve) => {
        const end = (reason?: unknown): void => {
          if (release === undefined) return;
          release = undefined;
          signal?.removeEventListener('abort', onAbort);
          hooks.onRelease();
          if (reason !== undefined) controller.error(reason);
          resolve();
        };
        const onAbort = (): void => end(signal?.reason);
        release = () => end();
        hooks.onStall();
        if (signal?.aborted) onAbort();
        else signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
    cancel() {
      release?.();
    },
  });
  const broken = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
  streamed.add(broken);
  return broken;
}
