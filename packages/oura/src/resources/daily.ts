import type { HttpClient } from '@fitlink/core';
import { OURA_ROUTES } from '../endpoints.js';
import type { OuraDailyActivity } from '../schemas/daily-activity.js';
import type { OuraDailyCardiovascularAge } from '../schemas/daily-cardiovascular-age.js';
import type { OuraDailyReadiness } from '../schemas/daily-readiness.js';
import type { OuraDailyResilience } from '../schemas/daily-resilience.js';
import type { OuraDailySleep } from '../schemas/daily-sleep.js';
import type { OuraDailySpo2 } from '../schemas/daily-spo2.js';
import type { OuraDailyStress } from '../schemas/daily-stress.js';
import { createDocumentCollection, type OuraDocumentCollection } from './list.js';

/** Oura's daily documents, one per local day each. */
export interface OuraDailyResource {
  /** Daily activity: steps, energy, activity score (`daily`). */
  readonly activity: OuraDocumentCollection<OuraDailyActivity>;
  /** Daily sleep score (`daily`). */
  readonly sleep: OuraDocumentCollection<OuraDailySleep>;
  /** Daily readiness: score, temperature deviation (`daily`). */
  readonly readiness: OuraDocumentCollection<OuraDailyReadiness>;
  /** Average SpO2 during sleep (`spo2Daily`). */
  readonly spo2: OuraDocumentCollection<OuraDailySpo2>;
  /** Daytime stress (`stress`). */
  readonly stress: OuraDocumentCollection<OuraDailyStress>;
  /** Long-term resilience (`stress`). */
  readonly resilience: OuraDocumentCollection<OuraDailyResilience>;
  /** Cardiovascular age (`heart_health`). */
  readonly cardiovascularAge: OuraDocumentCollection<OuraDailyCardiovascularAge>;
}

/** Builds the daily documents resource over a connection's HTTP client. */
export function createDailyResource(http: HttpClient): OuraDailyResource {
  const r = OURA_ROUTES;
  return {
    activity: createDocumentCollection(http, r.dailyActivities, r.dailyActivity),
    sleep: createDocumentCollection(http, r.dailySleeps, r.dailySleep),
    readiness: createDocumentCollection(http, r.dailyReadinesses, r.dailyReadiness),
    spo2: createDocumentCollection(http, r.dailySpo2s, r.dailySpo2),
    stress: createDocumentCollection(http, r.dailyStresses, r.dailyStress),
    resilience: createDocumentCollection(http, r.dailyResiliences, r.dailyResilience),
    cardiovascularAge: createDocumentCollection(
      http,
      r.dailyCardiovascularAges,
      r.dailyCardiovascularAge,
    ),
  };
}
