import * as z from 'zod/mini';
import { polarIdentifierSchema } from './training-session.js';

/** A sport of Polar's catalogue (`GET /v4/data/sports/list`). */
export const polarSportSchema = z.looseObject({
  /** The sport id that training sessions refer to. */
  identifier: polarIdentifierSchema,
  /** Polar's name key (`RUNNING`, `ROAD_BIKING` …), the key of `POLAR_SPORT_TYPES`. */
  nameKey: z.string(),
  /** Sport type (`SINGLE_SPORT`, `MULTI_SPORT`). */
  sportType: z.nullish(z.string()),
  /** The parent sport, for sub-sports. */
  parent: z.nullish(polarIdentifierSchema),
});

/** A sport of the catalogue. */
export type PolarSport = z.infer<typeof polarSportSchema>;

/** The answer of `GET /v4/data/sports/list`. */
export const polarSportListSchema = z.looseObject({
  /** Every sport. */
  sports: z._default(z.array(polarSportSchema), []),
});

/** The sports catalogue answer. */
export type PolarSportList = z.infer<typeof polarSportListSchema>;
