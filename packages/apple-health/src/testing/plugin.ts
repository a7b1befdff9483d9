import type { StoredIngestKey } from '@fitlink/core';
import type { SandboxContext, SandboxProviderPlugin } from '@fitlink/testing';
import type { AppleHealthExport } from '../schemas/export.js';
import { type AppleHealthFakeUnits, createAppleHealthFake } from './fake.js';
import { APPLE_HEALTH_SANDBOX_KEY, lookupAppleHealthSandboxKey } from './key.js';
import { createAppleHealthPhone } from './phone.js';

/** Options of {@link appleHealthSandboxPlugin}. */
export interface AppleHealthSandboxPluginOptions {
  /** End of the rendered timeline, epoch ms. @defaultValue Date.now() */
  now?: number;
  /** Days of history. @defaultValue 90 */
  days?: number;
  /** The phone's unit preferences. @defaultValue `'metric'` */
  units?: AppleHealthFakeUnits;
}

/** The switches tests write on the Apple Health sandbox. */
export interface AppleHealthSandboxKnobs {
  /** The unit preferences of the phone for the next render (`metric` or `imperial`). */
  units: AppleHealthFakeUnits;
}

/** What the sandbox phone has sent. */
export interface AppleHealthSandboxStats {
  /** POSTs sent. */
  sent: number;
  /** Answers by HTTP status. */
  readonly byStatus: Record<number, number>;
}

/** The sandbox user's key, as an app would keep it. */
export interface AppleHealthSandboxAuth {
  /** The whole key the phone sends. */
  readonly key: string;
  /** The app's `lookup` for it. */
  lookup(keyId: string): Promise<StoredIngestKey<string> | null>;
}

/** Options of {@link AppleHealthSandboxPlugin.pushTo}. */
export interface AppleHealthPushOptions {
  /** The fetch to send with (a loopback server's, or globalThis.fetch). @defaultValue globalThis.fetch */
  fetch?: typeof fetch;
  /** The key to send. @defaultValue the sandbox key */
  key?: string;
  /** The `automation-period` header. @defaultValue `'Default'` */
  period?: string;
}

/**
 * The Apple Health sandbox plugin. There is no provider API to serve: the plugin holds the
 * phone's data (`data`, rendered from the shared timeline), the sandbox key (`auth`), and
 * `pushTo(url)`, which plays the phone POSTing its export to the app's endpoint.
 */
export interface AppleHealthSandboxPlugin extends SandboxProviderPlugin {
  /** Provider id. */
  readonly id: 'apple-health';
  /** Switches. */
  readonly knobs: AppleHealthSandboxKnobs;
  /** What the phone has sent. */
  readonly stats: AppleHealthSandboxStats;
  /** The phone's export (rendered with the current knobs). */
  readonly data: AppleHealthExport;
  /** The sandbox user's key. */
  readonly auth: AppleHealthSandboxAuth;
  /** POSTs the phone's export to an ingest URL, with the app's real headers. */
  pushTo(url: string, options?: AppleHealthPushOptions): Promise<Response>;
}

/**
 * Creates the Apple Health sandbox plugin.
 *
 * @param options - Timeline end, days and the phone's units.
 * @example
 * ```ts
 * const plugin = appleHealthSandboxPlugin({ now, units: 'imperial' });
 * const answer = await plugin.pushTo('http://127.0.0.1:8787/ingest/apple-health');
 * ```
 */
export function appleHealthSandboxPlugin(
  options: AppleHealthSandboxPluginOptions = {},
): AppleHealthSandboxPlugin {
  const knobs: AppleHealthSandboxKnobs = { units: options.units ?? 'metric' };
  const stats: AppleHealthSandboxStats = { sent: 0, byStatus: {} };
  let seed = 1;
  const render = () =>
    createAppleHealthFake({
      seed,
      units: knobs.units,
      ...(options.now === undefined ? {} : { now: options.now }),
      ...(options.days === undefined ? {} : { days: options.days }),
    });
  return {
    id: 'apple-health',
    hosts: [],
    knobs,
    stats,
    get data() {
      return render();
    },
    auth: { key: APPLE_HEALTH_SANDBOX_KEY, lookup: lookupAppleHealthSandboxKey },
    handlers(context: SandboxContext) {
      seed = context.seed;
      return [];
    },
    async pushTo(url, push = {}) {
      const phone = createAppleHealthPhone({
        url,
        key: push.key ?? APPLE_HEALTH_SANDBOX_KEY,
        ...(push.fetch === undefined ? {} : { fetch: push.fetch }),
      });
      const answer = await phone.send(
        render(),
        push.period === undefined ? {} : { period: push.period },
      );
      stats.sent += 1;
      stats.byStatus[answer.status] = (stats.byStatus[answer.status] ?? 0) + 1;
      return answer;
    },
  };
}
