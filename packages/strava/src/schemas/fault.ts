import * as z from 'zod/mini';

/**
 * `Fault`, Strava's error body: `{"message":"Bad Request","errors":[{"resource":"RefreshToken",
 * "field":"refresh_token","code":"invalid"}]}`. There is no RFC 6749 `error` field.
 *
 * @see https://developers.strava.com/docs/reference/#api-models-Fault
 */
export const stravaFaultSchema = z.looseObject({
  /** `Bad Request`, `Authorization Error`, `Record Not Found`, `Rate Limit Exceeded` … */
  message: z.nullish(z.string()),
  /** What failed. */
  errors: z.nullish(
    z.array(
      z.looseObject({
        /** `RefreshToken`, `AuthorizationCode`, `AccessToken`, `Application`, `Activity` … */
        resource: z.nullish(z.string()),
        /** `refresh_token`, `code`, `activity:read_permission` … */
        field: z.nullish(z.string()),
        /** `invalid`, `expired`, `missing`, `exceeded` … */
        code: z.nullish(z.string()),
      }),
    ),
  ),
});

/** `Fault`. */
export type StravaFault = z.infer<typeof stravaFaultSchema>;
