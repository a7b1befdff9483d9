import { defineProvider } from '@fitlink/core';
import { TRAININGPEAKS_DEFAULT_SCOPES, TRAININGPEAKS_SCOPES } from './scopes.js';

/**
 * The TrainingPeaks descriptor: OAuth 2 with a client secret, 17 non-inclusive scopes,
 * workouts (activities and samples), daily metrics, the athlete profile and webhooks.
 *
 * @see https://github.com/TrainingPeaks/PartnersAPI/wiki
 */
export const trainingpeaks = defineProvider({
  id: 'trainingpeaks',
  displayName: 'TrainingPeaks',
  authKinds: ['oauth2'],
  scopes: TRAININGPEAKS_SCOPES,
  defaultScopes: TRAININGPEAKS_DEFAULT_SCOPES,
  capabilities: ['activities', 'daily', 'profile', 'streams', 'webhooks'],
  docsUrl: 'https://github.com/TrainingPeaks/PartnersAPI/wiki',
});
