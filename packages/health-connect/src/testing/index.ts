/**
 * `@fitlink/health-connect/testing`: the sandbox phone (an exporter app that pushes the shared
 * timeline's records to a real endpoint), the seeded generator of HC Webhook batches, a
 * flat-records renderer and typed fixtures in the exporters' documented shapes.
 *
 * @packageDocumentation
 */
export {
  createHealthConnectFake,
  type HealthConnectFake,
  type HealthConnectFakeOptions,
} from './fake.js';
export {
  healthConnectExerciseFixtures,
  healthConnectFlatRecordsFixtures,
  healthConnectSleepFixtures,
  healthConnectWebhookBatchFixtures,
} from './fixtures/webhook.js';
export { type ToHealthConnectFlatRecordsOptions, toHealthConnectFlatRecords } from './flat.js';
export { createHealthConnectHandlers } from './handlers.js';
export {
  type HealthConnectSandboxKnobs,
  type HealthConnectSandboxOptions,
  type HealthConnectSandboxPlugin,
  type HealthConnectSandboxStats,
  healthConnectSandboxPlugin,
} from './plugin.js';
export {
  type PushHealthConnectOptions,
  type PushHealthConnectResult,
  pushHealthConnectBatches,
} from './push.js';
