import * as z from 'zod/mini';
import { idSchema } from './wire.js';

/**
 * `GET /v1/athlete/profile`. `TimeZone` is an IANA zone and is what local workout times are
 * resolved in; `IsPremium` governs which workout fields and endpoints the athlete gets.
 *
 * @see https://github.com/TrainingPeaks/PartnersAPI/wiki/Coach-Get-Athletes
 */
export const trainingpeaksAthleteSchema = z.looseObject({
  /** Athlete id. */
  Id: idSchema,
  /** Given name. */
  FirstName: z.nullish(z.string()),
  /** Family name. */
  LastName: z.nullish(z.string()),
  /** Email address. */
  Email: z.nullish(z.string()),
  /** IANA time zone of the athlete, e.g. `America/Denver`. */
  TimeZone: z.nullish(z.string()),
  /** Birth month `YYYY-MM`. */
  BirthMonth: z.nullish(z.string()),
  /** `m` or `f`. */
  Sex: z.nullish(z.string()),
  /** Weight in kilograms. */
  Weight: z.nullish(z.number()),
  /** Whether the athlete has premium features (trials excluded). */
  IsPremium: z.nullish(z.boolean()),
  /** `English` or `Metric` (display preference only; the API is metric). */
  PreferredUnits: z.nullish(z.string()),
  /** `english` or `metric`, as the third-party OpenAPI models it. */
  Units: z.nullish(z.string()),
  /** Coach id, for coached athletes. */
  CoachedBy: z.nullish(idSchema),
});

/** The TrainingPeaks athlete profile. */
export type TrainingPeaksAthlete = z.infer<typeof trainingpeaksAthleteSchema>;
