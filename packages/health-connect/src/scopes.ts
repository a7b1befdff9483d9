/**
 * What an ingest key lets an exporter app do. Health Connect has no OAuth: the user pastes a
 * per-user key into the exporter app, which sends it with every batch.
 */
export const HEALTH_CONNECT_SCOPES = {
  /** Push Health Connect records to the app's ingest endpoint. */
  ingest: "Push Health Connect records to the app's ingest endpoint",
} as const;

/** One ingest key scope: `ingest`. */
export type HealthConnectScope = keyof typeof HEALTH_CONNECT_SCOPES;

/** The scopes an ingest key carries when none are named: `ingest`. */
export const HEALTH_CONNECT_DEFAULT_SCOPES: readonly HealthConnectScope[] = ['ingest'];
