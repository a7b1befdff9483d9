import type { GarminActivityFile } from './schemas/notification.js';
import type { GarminScope } from './scopes.js';
import type { GarminSummaryMap, GarminSummaryType } from './summary-types.js';

/** A push: one full summary, typed by its `type`, with the key to upsert it under. */
export type GarminPushEvent = {
  [T in GarminSummaryType]: {
    /** A push carries the summary itself. */
    readonly kind: 'push';
    /** The summary type (the body's key). */
    readonly type: T;
    /** The Garmin user. */
    readonly userId: string;
    /** The summary, validated. */
    readonly summary: GarminSummaryMap[T];
    /** Where to store it: see `garminUpsertKey` (a later, longer version has the same key). */
    readonly upsertKey: string;
  };
}[GarminSummaryType];

/** The push event of one summary type. */
export type GarminPushEventOf<T extends GarminSummaryType> = Extract<
  GarminPushEvent,
  {
    /** The summary type. */
    readonly type: T;
  }
>;

/**
 * A ping: fetch `callbackUrl` verbatim, later, outside the webhook request
 * (`fetchGarminWebhookChange`); it answers the summaries as pushes would have carried them.
 */
export interface GarminPingEvent {
  /** A ping carries a callback URL. */
  readonly kind: 'ping';
  /** The summary type. */
  readonly type: GarminSummaryType;
  /** The Garmin user. */
  readonly userId: string;
  /** The URL to GET, exactly as given (it carries a `token` after the OAuth 2 migration). */
  readonly callbackUrl: string;
  /** A key to de-duplicate redelivered pings (Garmin retries until it gets a 200). */
  readonly idempotencyKey: string;
}

/** An activity file is ready: download it once from `callbackUrl` (a second download is 410). */
export interface GarminActivityFileEvent {
  /** Activity files are ping-only. */
  readonly kind: 'activityFile';
  /** Always `activityFiles`. */
  readonly type: 'activityFiles';
  /** The Garmin user. */
  readonly userId: string;
  /** The single-use download URL. */
  readonly callbackUrl: string;
  /** The notification (file type, activity id, summary id …). */
  readonly file: GarminActivityFile;
  /** A key to de-duplicate redelivered notifications. */
  readonly idempotencyKey: string;
}

/** The user disconnected the app or the app deleted the registration: delete their tokens. */
export interface GarminDeregistrationEvent {
  /** Lifecycle. */
  readonly kind: 'deregistration';
  /** Always `deregistrations`. */
  readonly type: 'deregistrations';
  /** The Garmin user. */
  readonly userId: string;
}

/** The user changed the permissions they grant (the full list now). */
export interface GarminPermissionsChangeEvent {
  /** Lifecycle. */
  readonly kind: 'permissionsChange';
  /** Always `userPermissionsChange`. */
  readonly type: 'userPermissionsChange';
  /** The Garmin user. */
  readonly userId: string;
  /** The permissions granted now (unknown names kept as sent). */
  readonly permissions: readonly (GarminScope | (string & {}))[];
  /** When, if Garmin said. */
  readonly changedAt: Date | null;
}

/** One typed, validated notification from a Garmin POST (one POST may hold many, for many users). */
export type GarminWebhookEvent =
  | GarminPushEvent
  | GarminPingEvent
  | GarminActivityFileEvent
  | GarminDeregistrationEvent
  | GarminPermissionsChangeEvent;
