/**
 * Cross-provider helpers over connected clients: pull, merge in time order, mark duplicates.
 *
 * @packageDocumentation
 */
export {
  type CollectActivitiesOptions,
  type CollectedActivities,
  type CollectedActivity,
  type CollectFailure,
  type CollectProgress,
  collectActivities,
} from './collect-activities.js';
