import * as z from 'zod/mini';
import { nullish } from './common.js';

/**
 * `Fault`, Strava's error body: `{"message":"Bad Request","errors":[{"resource":"RefreshToken",
 * "field":"refresh_token","code":"invalid"}]}`. There is no RFC 6749 `error` field.
 *
 * @see https://developers.strava.com/docs/reference/#api-models-Fault
 */
export const stravaFaultSchema = z.looseObject({
  /** `Bad Request`, `Authorization Error`, `Record Not Found`, `Rate Limit Exceeded` … */
  message: nullish(z.string()),
  /** What failed. */
  errors: nullish(
    z.array(
      z.looseObject({
        /** `RefreshToken`, `AuthorizationCode`, `AccessToken`, `Application`, `Activity` … */
        resource: nullish(z.string()),
        /** `refresh_token`, `code`, `activity:read_permission` … */
        field: nullish(z.string()),
        /** `invalid`, `expired`, `missing`, `exceeded` … */
        code: nullish(z.string()),
      }),
    ),
  ),
});

/** `Fault`. */
export type StravaFault = z.infer<typeof stravaFaultSchema>;
