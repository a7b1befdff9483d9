/**
 * Row c: one page of WHOOP workouts (`GET /v2/activity/workout`, 25 records: WHOOP's largest
 * `limit`, the client's page size) read from its JSON text: `JSON.parse` + the route's schema +
 * `mapWhoopWorkout`, over `JSON.parse` alone. The ratio is per page, the same per record.
 */
import {
  mapWhoopWorkout,
  WHOOP_MAX_PAGE_SIZE,
  WHOOP_ROUTES,
  type WhoopWorkout,
} from '@fitlink/whoop';
import { createWhoopFake } from '@fitlink/whoop/testing';
import { runPageCase } from '../lib/page-row.js';
import type { BenchRow } from '../lib/row.js';
import { WORLD_NOW } from '../lib/strava-world.js';

/** Row c: a WHOOP workout page's read over `JSON.parse`. */
export const whoopPageRow: BenchRow = {
  id: 'whoop-page',
  title: `One page of ${WHOOP_MAX_PAGE_SIZE} WHOOP workouts: parse, validate, map`,
  async run(context) {
    // Newest first, as WHOOP lists them: scored, unscorable and pending workouts mixed.
    const workouts = createWhoopFake({ seed: 1, now: WORLD_NOW, days: 90 })
      .workouts.slice(-WHOOP_MAX_PAGE_SIZE)
      .reverse();
    const text = JSON.stringify({ records: workouts, next_token: 'MTIzOjEyMzEyMw' });
    return runPageCase(
      {
        measure: `one page of ${WHOOP_MAX_PAGE_SIZE} WHOOP workouts (WHOOP's max page)`,
        records: WHOOP_MAX_PAGE_SIZE,
        text,
        schema: WHOOP_ROUTES.workouts.response,
        validation: { provider: 'whoop', endpoint: 'GET v2/activity/workout' },
        recordsOf: (page) => page.records,
        map: (workout: WhoopWorkout) => mapWhoopWorkout(workout),
        goal: '≤ 5×',
      },
      context,
    );
  },
};
