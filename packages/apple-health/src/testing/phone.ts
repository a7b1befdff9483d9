import { APPLE_HEALTH_AUTOMATION_HEADERS } from '../endpoints.js';
import type { AppleHealthExport } from '../schemas/export.js';

/** Settings of {@link createAppleHealthPhone}. */
export interface AppleHealthPhoneSettings {
  /** The automation's URL (the app's ingest endpoint). */
  url: string;
  /** The user's ingest key, sent as the automation's custom header. */
  key: string;
  /** The header the key goes in. @defaultValue `'authorization'` (as `Bearer <key>`) */
  header?: string;
  /** The fetch to send with. @defaultValue globalThis.fetch */
  fetch?: typeof fetch;
  /** The automation's name. @defaultValue `'fitlink'` */
  automationName?: string;
}

/** Options of one {@link AppleHealthPhone.send}. */
export interface AppleHealthPhoneSendOptions {
  /** The `automation-period` header. @defaultValue `'Default'` */
  period?: string;
  /** The `session-id` header. @defaultValue a new id per send */
  sessionId?: string;
  /** Send this text instead of the JSON of the body (malformed-body tests). */
  rawBody?: string;
}

/** The sandbox's stand-in for Health Auto Export on the user's iPhone. */
export interface AppleHealthPhone {
  /** POSTs one export, with the headers the app sends. */
  send(body: AppleHealthExport, options?: AppleHealthPhoneSendOptions): Promise<Response>;
}

let sessions = 0;

/**
 * Plays the Health Auto Export app's REST API automation: POSTs an export as JSON with the
 * app's headers (`automation-name`, `automation-id`, `automation-aggregation`,
 * `automation-period`, `session-id`) and the user's key in the custom header, to a real URL
 * (a local server in demos) or through msw.
 *
 * @param settings - URL, key, header and fetch.
 * @example
 * ```ts
 * const phone = createAppleHealthPhone({ url: 'http://127.0.0.1:8787/ingest', key });
 * const answer = await phone.send(createAppleHealthFake({ days: 2 }));
 * ```
 */
export function createAppleHealthPhone(settings: AppleHealthPhoneSettings): AppleHealthPhone {
  const header = (settings.header ?? 'authorization').toLowerCase();
  const send = settings.fetch ?? globalThis.fetch;
  return {
    send(body, options = {}) {
      sessions += 1;
      const headers = new Headers({
        'content-type': 'application/json',
        [header]: header === 'authorization' ? `Bearer ${settings.key}` : settings.key,
        [APPLE_HEALTH_AUTOMATION_HEADERS.name]: settings.automationName ?? 'fitlink',
        [APPLE_HEALTH_AUTOMATION_HEADERS.id]: 'F1A7C0DE-0000-4000-A000-000000000001',
        [APPLE_HEALTH_AUTOMATION_HEADERS.aggregation]: 'minutes',
        [APPLE_HEALTH_AUTOMATION_HEADERS.period]: options.period ?? 'Default',
        [APPLE_HEALTH_AUTOMATION_HEADERS.session]:
          options.sessionId ?? `sandbox-session-${sessions}`,
      });
      return send(settings.url, {
        method: 'POST',
        headers,
        body: options.rawBody ?? JSON.stringify(body),
      });
    },
  };
}
