import type * as z from 'zod/mini';
import { garminActivitySchema } from './schemas/activity.js';
import { garminActivityDetailsSchema } from './schemas/activity-details.js';
import { garminBodyCompositionSchema } from './schemas/body-composition.js';
import { garminDailySchema } from './schemas/daily.js';
import { garminHrvSchema } from './schemas/hrv.js';
import { garminSleepSchema } from './schemas/sleep.js';
import { garminSummarySchema } from './schemas/summary.js';

/**
 * The summary types of the Health API and the Activity API that Garmin pushes or pings, each
 * with the schema its records are validated with (`activityFiles` are ping-only and have their
 * own notification shape).
 */
export const GARMIN_SUMMARY_SCHEMAS = {
  /** Daily summaries (one per user-local day). */
  dailies: garminDailySchema,
  /** 15-minute activity epochs. */
  epochs: garminSummarySchema,
  /** Sleep summaries. */
  sleeps: garminSleepSchema,
  /** Body composition (weighings). */
  bodyComps: garminBodyCompositionSchema,
  /** Stress and body battery details. */
  stressDetails: garminSummarySchema,
  /** VO2 max, fitness age and other user metrics. */
  userMetrics: garminSummarySchema,
  /** Pulse oximetry. */
  pulseox: garminSummarySchema,
  /** All-day respiration. */
  allDayRespiration: garminSummarySchema,
  /** Health Snapshot sessions. */
  healthSnapshot: garminSummarySchema,
  /** Nightly heart-rate variability. */
  hrv: garminHrvSchema,
  /** Blood pressure readings. */
  bloodPressures: garminSummarySchema,
  /** Skin temperature. */
  skinTemp: garminSummarySchema,
  /** Activity summaries. */
  activities: garminActivitySchema,
  /** Activity details (summary, samples, laps). */
  activityDetails: garminActivityDetailsSchema,
  /** Move IQ auto-detected activities. */
  moveIQActivities: garminSummarySchema,
  /** Activities edited or entered by hand. */
  manuallyUpdatedActivities: garminActivitySchema,
} as const;

/** A summary type Garmin pushes in full or pings (every type but `activityFiles`). */
export type GarminSummaryType = keyof typeof GARMIN_SUMMARY_SCHEMAS;

/** The record type of each summary type. */
export type GarminSummaryMap = {
  [T in GarminSummaryType]: z.output<(typeof GARMIN_SUMMARY_SCHEMAS)[T]>;
};

/** Every summary type, in Garmin's order (Health API, then Activity API). */
export const GARMIN_SUMMARY_TYPES = Object.keys(GARMIN_SUMMARY_SCHEMAS) as GarminSummaryType[];

/** Every notification kind a Garmin endpoint receives: the summaries, files and the two lifecycle ones. */
export const GARMIN_NOTIFICATION_TYPES = [
  ...GARMIN_SUMMARY_TYPES,
  'activityFiles',
  'deregistrations',
  'userPermissionsChange',
] as const;

/** One notification kind (a key of a Garmin POST body). */
export type GarminNotificationType = (typeof GARMIN_NOTIFICATION_TYPES)[number];

/**
 * The callback path of each summary type under the API base (`/wellness-api/rest/<path>`).
 * Pings carry the full URL; the table serves the sandbox and the backfill names.
 */
export const GARMIN_CALLBACK_PATHS: Readonly<Record<GarminSummaryType, string>> = {
  dailies: 'dailies',
  epochs: 'epochs',
  sleeps: 'sleeps',
  bodyComps: 'bodyComps',
  stressDetails: 'stressDetails',
  userMetrics: 'userMetrics',
  pulseox: 'pulseOx',
  allDayRespiration: 'respiration',
  healthSnapshot: 'healthSnapshot',
  hrv: 'hrv',
  bloodPressures: 'bloodPressures',
  skinTemp: 'skinTemp',
  activities: 'activities',
  activityDetails: 'activityDetails',
  moveIQActivities: 'moveiq',
  manuallyUpdatedActivities: 'manuallyUpdatedActivities',
};

/** Types whose backfill is the Activity API's (30 days per request in its v1.2.3 text). */
export const GARMIN_ACTIVITY_API_TYPES: readonly GarminSummaryType[] = [
  'activities',
  'activityDetails',
  'moveIQActivities',
  'manuallyUpdatedActivities',
];
