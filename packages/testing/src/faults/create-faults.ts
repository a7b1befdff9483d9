import { getResponse, type HttpHandler, http } from 'msw';
import { bearerToken } from '../auth/bearer-authentication.js';
import {
  type FaultMatch,
  type InjectFaultOptions,
  SANDBOX_FAULT_KINDS,
  type SandboxFault,
  type SandboxFaultKind,
} from './fault.js';
import { breakBody, faultResponse, truncateResponse } from './fault-response.js';

/** How token faults reach the authorization servers, so a later refresh behaves accordingly. */
export interface FaultTokenHooks {
  /** Called with the bearer token an `expired-token` fault answered. */
  expire(token: string): void;
  /** Called with the bearer token a `revoked-token` fault answered. */
  revoke(token: string): void;
}

/** Settings of {@link createFaults}. */
export interface CreateFaultsOptions {
  /**
   * Hooks for `expired-token` / `revoked-token`; `createSandbox` wires them to its servers.
   * @defaultValue none (the faults only answer 401)
   */
  readonly tokens?: FaultTokenHooks;
}

/** One injected fault, returned by {@link SandboxFaults.inject}. */
export interface InjectedFault {
  /** The fault. */
  readonly fault: SandboxFault;
  /** How many requests it has answered. */
  readonly served: number;
  /** How many more requests it will answer. */
  readonly remaining: number;
  /** Withdraws it. */
  cancel(): void;
}

/** Counts of faults served, live. */
export interface SandboxFaultStats {
  /** All faults served. */
  served: number;
  /** Faults served by kind. */
  readonly byKind: Record<SandboxFaultKind, number>;
  /**
   * Bodies of `stalled-body` faults stalling right now: sent in part, and not yet given up by
   * the client (an aborted request or a cancelled body; on loopback, a closed connection).
   */
  stalling: number;
}

/** Fault knobs: inject faults that the next matching requests receive. */
export interface SandboxFaults {
  /** Queues a fault; earlier injections are served first. */
  inject(fault: SandboxFault, options?: InjectFaultOptions): InjectedFault;
  /** Withdraws every pending fault (stats are kept). */
  clear(): void;
  /** Faults still pending, in serving order. */
  readonly pending: readonly InjectedFault[];
  /** Counts of faults served. */
  readonly stats: SandboxFaultStats;
  /**
   * The msw handler to place first. It matches only requests a pending fault applies to;
   * `slow`, `truncated`, `stalled-body` and `body-reset` take the real response from
   * `downstream()` (the handlers after it).
   */
  createHandler(downstream: () => readonly HttpHandler[]): HttpHandler;
}

interface Entry {
  readonly fault: SandboxFault;
  readonly match: FaultMatch | undefined;
  served: number;
  remaining: number;
}

function matches(match: FaultMatch | undefined, request: Request): boolean {
  if (match === undefined) return true;
  const url = new URL(request.url);
  if (typeof match === 'function') return match(url, request.clone());
  return match.includes('://') ? url.href.startsWith(match) : url.pathname.startsWith(match);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Creates fault knobs whose state lives in the returned object.
 *
 * @example
 * ```ts
 * const faults = createFaults();
 * const server = setupServer(faults.createHandler(() => handlers), ...handlers);
 * faults.inject({ kind: 'rate-limit', retryAfterSeconds: 2 }, { match: '/v1/items' });
 * ```
 */
export function createFaults(options: CreateFaultsOptions = {}): SandboxFaults {
  let entries: Entry[] = [];
  // The predicate claims a fault for a request; the resolver serves the claimed one.
  const claimed = new WeakMap<Request, Entry>();
  const stats: SandboxFaultStats = {
    served: 0,
    stalling: 0,
    byKind: Object.fromEntries(SANDBOX_FAULT_KINDS.map((kind) => [kind, 0])) as Record<
      SandboxFaultKind,
      number
    >,
  };
  const view = (entry: Entry): InjectedFault => ({
    fault: entry.fault,
    get served() {
      return entry.served;
    },
    get remaining() {
      return entry.remaining;
    },
    cancel() {
      entries = entries.filter((candidate) => candidate !== entry);
    },
  });

  const claim = (request: Request): boolean => {
    const entry = entries.find((candidate) => matches(candidate.match, request));
    if (entry === undefined) return false;
    entry.remaining -= 1;
    entry.served += 1;
    if (entry.remaining <= 0) entries = entries.filter((candidate) => candidate !== entry);
    stats.served += 1;
    stats.byKind[entry.fault.kind] += 1;
    claimed.set(request, entry);
    return true;
  };

  return {
    inject(fault, injectOptions = {}) {
      const entry: Entry = {
        fault,
        match: injectOptions.match,
        served: 0,
        remaining: injectOptions.times ?? 1,
      };
      if (entry.remaining > 0) entries.push(entry);
      return view(entry);
    },
    clear() {
      entries = [];
    },
    get pending() {
      return entries.map(view);
    },
    stats,
    createHandler(downstream) {
      return http.all(
        ({ request }) => claim(request),
        async ({ request }) => {
          const fault = claimed.get(request)?.fault;
          if (fault === undefined) return undefined;
          const token = bearerToken(request);
          if (fault.kind === 'slow') {
            await sleep(fault.delayMs);
            // Falls through to the next handlers, which answer as usual.
            return undefined;
          }
          if (fault.kind === 'truncated') {
            const real = await getResponse([...downstream()], request.clone());
            return real === undefined ? undefined : truncateResponse(real);
          }
          if (fault.kind === 'stalled-body' || fault.kind === 'body-reset') {
            const real = await getResponse([...downstream()], request.clone());
            if (real === undefined) return undefined;
            return breakBody(real, fault, {
              signal: request.signal,
              onStall: () => {
                stats.stalling += 1;
              },
              onRelease: () => {
                stats.stalling -= 1;
              },
            });
          }
          if (fault.kind === 'expired-token' && token) options.tokens?.expire(token);
          if (fault.kind === 'revoked-token' && token) options.tokens?.revoke(token);
          return faultResponse(fault);
        },
      );
    },
  };
}
