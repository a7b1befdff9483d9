import { activitySchema, dailySummarySchema, sleepSchema } from '@fitlink/core';
import {
  HEALTH_CONNECT_FORMATS,
  healthConnectFlatRecordsPayloadSchema,
  healthConnectWebhookPayloadSchema,
  readHealthConnectBatch,
} from '@fitlink/health-connect';
import {
  createHealthConnectFake,
  healthConnectFlatRecordsFixtures,
  healthConnectWebhookBatchFixtures,
  toHealthConnectFlatRecords,
} from '@fitlink/health-connect/testing';
import { describeMapperProperties } from '@fitlink/testing/vitest';
import * as z from 'zod/mini';

// The whole reading of a batch, per format: any body gives valid records or a ValidationError
// (the ingest handler's 400), never another error.
const fake = createHealthConnectFake({ seed: 9, now: Date.parse('2026-11-22T12:00:00Z'), days: 8 });
const anyRecord = z.union([activitySchema, sleepSchema, dailySummarySchema]);
const everyRecord = (batch: ReturnType<typeof readHealthConnectBatch>) => [
  ...batch.activities.map(({ record }) => record),
  ...batch.sleep.map(({ record }) => record),
  ...batch.dailySummaries.map(({ record }) => record),
];

describeMapperProperties('readHealthConnectBatch (hc-webhook)', {
  provider: 'health-connect',
  schema: healthConnectWebhookPayloadSchema,
  map: (body) => everyRecord(readHealthConnectBatch(body, HEALTH_CONNECT_FORMATS['hc-webhook'])),
  model: anyRecord,
  valid: [healthConnectWebhookBatchFixtures.day, ...fake.batches],
  runs: 100,
});

describeMapperProperties('readHealthConnectBatch (flat-records)', {
  provider: 'health-connect',
  schema: healthConnectFlatRecordsPayloadSchema,
  map: (body) => everyRecord(readHealthConnectBatch(body, HEALTH_CONNECT_FORMATS['flat-records'])),
  model: anyRecord,
  valid: [
    ...Object.values(healthConnectFlatRecordsFixtures),
    ...fake.batches.map((batch) => toHealthConnectFlatRecords(batch, { units: 'imperial' })),
  ],
  runs: 100,
});
