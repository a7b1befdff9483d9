import type { SandboxContext, SandboxProviderPlugin } from '@fitlink/testing';
import type { HttpHandler } from 'msw';
import { createHealthConnectFake, type HealthConnectFake } from './fake.js';
import { createHealthConnectHandlers } from './handlers.js';
import { type PushHealthConnectResult, pushHealthConnectBatches } from './push.js';

/** Options of {@link healthConnectSandboxPlugin}. */
export interface HealthConnectSandboxOptions {
  /** The timeline's end, epoch ms; fix it in tests. @defaultValue Date.now() */
  now?: number;
  /** Days of history. @defaultValue 90 */
  days?: number;
}

/** Switches tests write. */
export interface HealthConnectSandboxKnobs {
  /** Send every batch twice in a row, as after a lost acknowledgement. @defaultValue false */
  replay: boolean;
}

/** Counters of what the sandbox phone sent. */
export interface HealthConnectSandboxStats {
  /** Batches POSTed. */
  pushes: number;
  /** Each answer's status, in order. */
  readonly statuses: number[];
}

/**
 * The Health Connect sandbox: no host and no authorization server (exporter apps authenticate
 * with an ingest key, not OAuth). It plays the phone: `push` POSTs the timeline's HC Webhook
 * batches to a real endpoint with the exporter's headers.
 */
export interface HealthConnectSandboxPlugin extends SandboxProviderPlugin {
  /** Provider id. */
  readonly id: 'health-connect';
  /** Switches tests write. */
  readonly knobs: HealthConnectSandboxKnobs;
  /** What the phone sent and what it was answered. */
  readonly stats: HealthConnectSandboxStats;
  /**
   * The records and batches, from the last sandbox that set the plugin up (or rendered on first
   * use when the plugin runs without a sandbox).
   */
  readonly data: HealthConnectFake;
  /** Always `null`: there is no OAuth. */
  readonly auth: null;
  /**
   * POSTs the batches (every one by default) to the endpoint with the key in a header.
   *
   * @param options - The endpoint, the key, the header (`authorization` sends `Bearer <key>`),
   * which batches, and the fetch.
   */
  push(options: {
    url: string | URL;
    key: string;
    header?: string;
    batches?: HealthConnectFake['batches'];
    fetch?: typeof fetch;
  }): Promise<PushHealthConnectResult>;
}

/**
 * Creates the Health Connect sandbox plugin (the sandbox plays the exporter app).
 *
 * @param options - End and length of the timeline.
 * @example
 * ```ts
 * import { healthConnectSandboxPlugin } from '@fitlink/health-connect/testing';
 * const phone = healthConnectSandboxPlugin({ now: Date.parse('2026-11-22T12:00:00Z'), days: 7 });
 * // await phone.push({ url: 'http://127.0.0.1:8080/ingest/health-connect', key });
 * ```
 */
export function healthConnectSandboxPlugin(
  options: HealthConnectSandboxOptions = {},
): HealthConnectSandboxPlugin {
  const knobs: HealthConnectSandboxKnobs = { replay: false };
  const stats: HealthConnectSandboxStats = { pushes: 0, statuses: [] };
  let data: HealthConnectFake | undefined;
  const render = (seed?: number) =>
    createHealthConnectFake({
      ...(seed !== undefined ? { seed } : {}),
      ...(options.now !== undefined ? { now: options.now } : {}),
      ...(options.days !== undefined ? { days: options.days } : {}),
    });
  return {
    id: 'health-connect',
    hosts: [],
    knobs,
    stats,
    auth: null,
    get data() {
      data ??= render();
      return data;
    },
    handlers(context: SandboxContext): HttpHandler[] {
      data = render(context.seed);
      return createHealthConnectHandlers();
    },
    async push({ url, key, header = 'authorization', batches, fetch }) {
      data ??= render();
      const chosen = batches ?? data.batches;
      const sent = knobs.replay ? chosen.flatMap((batch) => [batch, batch]) : chosen;
      const value = header.toLowerCase() === 'authorization' ? `Bearer ${key}` : key;
      const result = await pushHealthConnectBatches({
        url,
        batches: sent,
        headers: { [header]: value },
        ...(fetch ? { fetch } : {}),
      });
      stats.pushes += result.statuses.length;
      stats.statuses.push(...result.statuses);
      return result;
    },
  };
}
