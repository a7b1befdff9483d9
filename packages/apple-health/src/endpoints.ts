/**
 * Apple Health has no API to call: the Health Auto Export app on the user's iPhone POSTs to the
 * app's URL. What is fixed is on the phone's side: the deep link that sets an automation up and
 * the headers the app sends.
 */

/**
 * The deep link that opens Health Auto Export with a REST API automation filled in
 * (`?url=…&name=…`).
 * @see https://help.healthyapps.dev/en/health-auto-export/automations/deep-link
 */
export const APPLE_HEALTH_DEEP_LINK_URL = 'com.HealthExport://automation';

/**
 * Headers the app adds to every POST. Documented by third parties (FreeReps' spec, citing the
 * vendor's help pages), not seen verbatim in vendor text; app 8.1.15 sent `automation-period`
 * and `automation-aggregation` with their values swapped (Lybron/health-auto-export#26), so they
 * are informative only and never relied on.
 */
export const APPLE_HEALTH_AUTOMATION_HEADERS = {
  /** The automation's name as the user typed it. */
  name: 'automation-name',
  /** The automation's id. */
  id: 'automation-id',
  /** Its aggregation (`seconds`, `minutes`, `days` …). */
  aggregation: 'automation-aggregation',
  /** Its period (`Default`, `Since Last Sync`, `Today` …). */
  period: 'automation-period',
  /** Groups the requests of one run when a large export is sent in several batches. */
  session: 'session-id',
} as const;

/**
 * The header the per-user key is read from by default: the user adds it to the automation as
 * `Authorization: Bearer <key>` (the app sends any headers the user defines).
 */
export const APPLE_HEALTH_KEY_HEADER = 'authorization';

/** The recognisable prefix of fitlink's Health Auto Export ingest keys (`flhae_<id>_<secret>`). */
export const APPLE_HEALTH_KEY_PREFIX = 'flhae';

/**
 * The app's background task must finish within about 30 seconds (vendor help page, 2026-06-09):
 * the handler acknowledges as soon as the batch is handed over, and the app's `deliver` should
 * enqueue rather than process.
 */
export const APPLE_HEALTH_SENDER_TIMEOUT_MS = 30_000;

/**
 * The largest body the ingest handler accepts by default: 16 MiB. Exports with heart rate at
 * one-second resolution over several days are large; no documented ceiling exists, so it is a
 * setting (`maxBodyBytes`).
 */
export const APPLE_HEALTH_MAX_BODY_BYTES = 16 * 1024 * 1024;
