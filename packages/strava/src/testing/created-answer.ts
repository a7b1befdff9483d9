import { checkAnswer, type ProviderApiStats } from '@fitlink/testing';
import { STRAVA_ROUTES } from '../endpoints.js';
import { stravaJsonResponse } from './json.js';

/** Answers a creation with `201 Created` and the new record. */
export type StravaCreatedAnswer = (route: keyof typeof STRAVA_ROUTES, value: unknown) => Response;

/**
 * Strava answers `POST /activities`, `POST /uploads` and `POST /push_subscriptions` with 201.
 * `createProviderApi` checks and sends values as 200 only, so a 201 is checked here the same
 * way: against the route's schema when the sandbox validates answers, a mismatch recorded in
 * the stats and answered 500.
 *
 * @param options - Whether to validate, and the stats to record a mismatch in.
 */
export function stravaCreatedAnswer(options: {
  readonly validate: boolean;
  readonly stats: ProviderApiStats;
}): StravaCreatedAnswer {
  return (route, value) => {
    const check = options.validate
      ? checkAnswer(route, STRAVA_ROUTES[route].response, value)
      : undefined;
    if (check !== undefined) {
      options.stats.invalidAnswers.push(check);
      return Response.json({ sandbox_error: check.message }, { status: 500 });
    }
    return stravaJsonResponse(value, { status: 201 });
  };
}
