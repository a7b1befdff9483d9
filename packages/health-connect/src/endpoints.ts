import { defineRoutes, type RouteDefinition } from '@fitlink/core';
import type { HealthConnectScope } from './scopes.js';

/**
 * Health Connect has no cloud API: the only route is the app's own ingest endpoint, which the
 * exporter app POSTs to. Its path is the app's choice; this is the one the examples use.
 */
export const HEALTH_CONNECT_DEFAULT_INGEST_PATH = '/ingest/health-connect';

/**
 * The header the exporter sends the ingest key in, as the user configures it in the app
 * (HC Webhook's per-URL custom headers): `Authorization: Bearer <key>`.
 */
export const HEALTH_CONNECT_DEFAULT_KEY_HEADER = 'authorization';

/** The prefix of generated ingest keys (`fhc_<id>_<secret>`), recognizable in leaks and logs. */
export const HEALTH_CONNECT_KEY_PREFIX = 'fhc';

/**
 * HC Webhook reads a rolling window of this many hours and re-sends it until its watermark
 * moves: overlapping batches are normal, idempotency keys make them harmless.
 */
export const HEALTH_CONNECT_WEBHOOK_WINDOW_HOURS = 48;

// Types a route as the documented RouteDefinition (not an anonymous object type).
const route = (definition: RouteDefinition<HealthConnectScope, null>) => definition;

/**
 * The inbound route, as a route table: the exporter's `POST` to the app's endpoint (path
 * relative to the app's origin); it answers an empty 200 once the batch is handed over.
 */
export const HEALTH_CONNECT_ROUTES = defineRoutes<HealthConnectScope>()({
  /** `POST` of one batch by the exporter app to the app's endpoint. */
  ingest: route({
    method: 'POST',
    path: HEALTH_CONNECT_DEFAULT_INGEST_PATH.slice(1),
    scope: 'ingest',
    response: null,
  }),
});
