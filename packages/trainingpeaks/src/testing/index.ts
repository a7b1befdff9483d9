/**
 * The TrainingPeaks sandbox for `@fitlink/testing`: the plugin, msw handlers, the seeded data
 * generator in TrainingPeaks' wire shape, and fixtures.
 *
 * @packageDocumentation
 */

export {
  createTrainingPeaksFake,
  renderTrainingPeaksWorkout,
  TRAININGPEAKS_PREMIUM_FIELDS,
  TRAININGPEAKS_SANDBOX_ATHLETE_ID,
  TRAININGPEAKS_SANDBOX_FTP,
  TRAININGPEAKS_SANDBOX_THRESHOLD_HR,
  type TrainingPeaksFake,
  type TrainingPeaksFakeOptions,
  toBasicTrainingPeaksWorkout,
  trainingpeaksLocalTime,
  trainingpeaksMeanMaxes,
  trainingpeaksTimeInZones,
  trainingpeaksWorkoutDetails,
} from './fake.js';
export { trainingpeaksAthleteFixture, trainingpeaksZonesFixture } from './fixtures/athlete.js';
export { trainingpeaksMetricsFixture } from './fixtures/metrics.js';
export {
  createTrainingPeaksWebhookRequest,
  trainingpeaksWebhookFixtures,
} from './fixtures/webhooks.js';
export {
  trainingpeaksBasicWorkoutFixture,
  trainingpeaksBikeWorkoutFixture,
  trainingpeaksPlannedWorkoutFixture,
  trainingpeaksSwimWorkoutFixture,
  trainingpeaksUnknownTypeWorkoutFixture,
} from './fixtures/workouts.js';
export { createTrainingPeaksHandlers, type TrainingPeaksHandlersOptions } from './handlers.js';
export {
  type TrainingPeaksSandboxPlugin,
  type TrainingPeaksSandboxPluginOptions,
  trainingpeaksSandboxPlugin,
} from './plugin.js';
export {
  createTrainingPeaksSandboxData,
  createTrainingPeaksSandboxStats,
  defaultTrainingPeaksSandboxKnobs,
  type TrainingPeaksSandboxData,
  type TrainingPeaksSandboxKnobs,
  type TrainingPeaksSandboxStats,
} from './sandbox-state.js';
