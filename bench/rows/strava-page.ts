/**
 * Row b: one page of 200 Strava activities (`GET /athlete/activities?per_page=200`, the page
 * size the client asks for) read from its JSON text: `JSON.parse` + the route's schema + the
 * mapper, over `JSON.parse` alone. Also timed in the same rounds: the client's own parser
 * (`parseStravaJson`, int64 ids kept exact) and the client's whole read with it.
 */
import { validatePayload } from '@fitlink/core';
import {
  mapStravaActivity,
  parseStravaJson,
  STRAVA_MAX_PAGE_SIZE,
  STRAVA_ROUTES,
  type StravaSummaryActivity,
} from '@fitlink/strava';
import { runPageCase } from '../lib/page-row.js';
import type { BenchRow } from '../lib/row.js';
import { stravaPageText, stravaWorld } from '../lib/strava-world.js';

/** Row b: a Strava page's read over `JSON.parse`. */
export const stravaPageRow: BenchRow = {
  id: 'strava-page',
  title: `One page of ${STRAVA_MAX_PAGE_SIZE} Strava activities: parse, validate, map`,
  async run(context) {
    const text = stravaPageText(stravaWorld(), STRAVA_MAX_PAGE_SIZE);
    const schema = STRAVA_ROUTES.athleteActivities.response;
    const validation = { provider: 'strava', endpoint: 'GET athlete/activities' };
    return runPageCase(
      {
        measure: `one page of ${STRAVA_MAX_PAGE_SIZE} Strava activities`,
        records: STRAVA_MAX_PAGE_SIZE,
        text,
        schema,
        validation,
        recordsOf: (page) => page,
        map: (summary: StravaSummaryActivity) => mapStravaActivity(summary),
        goal: '≤ 8×; mapper ≤ half the schema',
        extra: [
          {
            label: "parseStravaJson (the client's int64-exact parser)",
            run: () => parseStravaJson(text),
          },
          {
            label: 'parseStravaJson + schema + mapper (what the client runs)',
            run: () =>
              validatePayload(schema, parseStravaJson(text), validation).map((summary) =>
                mapStravaActivity(summary),
              ),
          },
        ],
      },
      context,
    );
  },
};
