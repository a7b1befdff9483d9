import { validatePayload } from '@fitlink/core';
import type * as zc from 'zod/v4/core';

export { ouraDailyActivitySchema, ouraSleepSchema, ouraWorkoutSchema } from '@fitlink/oura';

/** Validates a fake document as the client would. */
export function validatePayloadForTest<S extends zc.$ZodType>(schema: S, payload: unknown) {
  return validatePayload(schema, payload, { provider: 'oura', endpoint: 'test' });
}
