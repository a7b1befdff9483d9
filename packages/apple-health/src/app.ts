import { generateIngestKey, verifyIngestKey } from '@fitlink/core';
import {
  APPLE_HEALTH_DEEP_LINK_URL,
  APPLE_HEALTH_KEY_HEADER,
  APPLE_HEALTH_KEY_PREFIX,
} from './endpoints.js';

/** Settings of {@link createAppleHealthApp}. */
export interface AppleHealthAppSettings {
  /**
   * The header the phone sends the key in (the automation's custom header).
   * @defaultValue `'authorization'` (as `Bearer <key>`)
   */
  header?: string;
  /**
   * The keys' recognisable prefix, letters and digits only.
   * @defaultValue `'flhae'`
   */
  keyPrefix?: string;
}

/** A new per-user ingest key: show `key` to the user once, store only `id` and `hash`. */
export interface AppleHealthIngestKey {
  /** The whole key, `<prefix>_<id>_<secret>`: shown once, never stored. */
  readonly key: string;
  /** The key's public id, to look the user up by. */
  readonly id: string;
  /** SHA-256 of the key (hex): what the app stores. */
  readonly hash: string;
  /** The header to add to the automation, name and value. */
  readonly header: {
    /** The header's name. */
    readonly name: string;
    /** Its value: the key. */
    readonly value: string;
  };
}

/** Options of {@link AppleHealthApp.automationLink}. */
export interface AppleHealthAutomationLinkOptions {
  /** The app's ingest URL the phone will POST to (`https://…`). */
  url: string;
  /** The automation's name in the app. */
  name: string;
}

/**
 * The app-level part of the Apple Health provider: per-user ingest keys (generated with a
 * recognisable prefix, stored as a hash, verified in constant time) and the deep link that sets
 * up the user's automation. There is no OAuth: the user pastes the key into the automation's
 * headers.
 */
export interface AppleHealthApp {
  /** Provider id. */
  readonly provider: 'apple-health';
  /** The header the key travels in. */
  readonly header: string;
  /** Creates a key for one user. */
  createIngestKey(): Promise<AppleHealthIngestKey>;
  /** Checks a presented key against a stored hash, in constant time. */
  verifyIngestKey(key: string, hash: string): Promise<boolean>;
  /** The `com.HealthExport://automation?url=…&name=…` link that fills the automation in. */
  automationLink(options: AppleHealthAutomationLinkOptions): string;
}

/**
 * Creates the Apple Health app: ingest keys and the automation deep link.
 *
 * @param settings - The key header and prefix.
 * @example
 * ```ts
 * import { createAppleHealthApp } from '@fitlink/apple-health';
 * const app = createAppleHealthApp();
 * const { key, id, hash, header } = await app.createIngestKey();
 * // store { id, hash } with the user; show `header` (Authorization: Bearer flhae_…) once
 * ```
 */
export function createAppleHealthApp(settings: AppleHealthAppSettings = {}): AppleHealthApp {
  const header = (settings.header ?? APPLE_HEALTH_KEY_HEADER).toLowerCase();
  const prefix = settings.keyPrefix ?? APPLE_HEALTH_KEY_PREFIX;
  return {
    provider: 'apple-health',
    header,
    async createIngestKey() {
      const created = await generateIngestKey({ prefix });
      const value = header === 'authorization' ? `Bearer ${created.key}` : created.key;
      return { ...created, header: { name: header, value } };
    },
    verifyIngestKey: (key, hash) => verifyIngestKey(key, hash),
    automationLink({ url, name }) {
      const query = new URLSearchParams({ url, name });
      return `${APPLE_HEALTH_DEEP_LINK_URL}?${query.toString()}`;
    },
  };
}
