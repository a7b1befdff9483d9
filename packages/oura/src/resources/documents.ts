import type { HttpClient } from '@fitlink/core';
import { OURA_ROUTES } from '../endpoints.js';
import type { OuraRingConfiguration } from '../schemas/ring-configuration.js';
import type { OuraSession } from '../schemas/session.js';
import type { OuraSleep } from '../schemas/sleep.js';
import type { OuraTag } from '../schemas/tag.js';
import type { OuraWorkout } from '../schemas/workout.js';
import { createDocumentCollection, type OuraDocumentCollection } from './list.js';

/** Sleep periods: nights, naps and rest periods, several per day (`daily`). */
export type OuraSleepResource = OuraDocumentCollection<OuraSleep>;
/** Workouts (`workout`). */
export type OuraWorkoutsResource = OuraDocumentCollection<OuraWorkout>;
/** Sessions in the Oura app (`session`). */
export type OuraSessionsResource = OuraDocumentCollection<OuraSession>;
/** Tags the user entered (`tag`). */
export type OuraTagsResource = OuraDocumentCollection<OuraTag>;
/** Rings the user set up (`ring_configuration`). */
export type OuraRingConfigurationsResource = OuraDocumentCollection<OuraRingConfiguration>;

/** Builds the sleep periods resource. */
export function createSleepResource(http: HttpClient): OuraSleepResource {
  return createDocumentCollection(http, OURA_ROUTES.sleeps, OURA_ROUTES.sleep);
}

/** Builds the workouts resource. */
export function createWorkoutsResource(http: HttpClient): OuraWorkoutsResource {
  return createDocumentCollection(http, OURA_ROUTES.workouts, OURA_ROUTES.workout);
}

/** Builds the sessions resource. */
export function createSessionsResource(http: HttpClient): OuraSessionsResource {
  return createDocumentCollection(http, OURA_ROUTES.sessions, OURA_ROUTES.session);
}

/** Builds the tags resource. */
export function createTagsResource(http: HttpClient): OuraTagsResource {
  return createDocumentCollection(http, OURA_ROUTES.tags, OURA_ROUTES.tag);
}

/** Builds the ring configurations resource. */
export function createRingConfigurationsResource(http: HttpClient): OuraRingConfigurationsResource {
  return createDocumentCollection(
    http,
    OURA_ROUTES.ringConfigurations,
    OURA_ROUTES.ringConfiguration,
  );
}
