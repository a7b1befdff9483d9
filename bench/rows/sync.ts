/**
 * Row a: a Strava sync of 5,000 activities over loopback HTTP. fitlink reads normalized
 * activities the way its quick start does (`client.listActivities({ since, until })`: 200 per
 * request, each page validated and mapped); strava-v3 lists `athlete.listActivities({ page,
 * per_page: 200 })` with no validation or mapping. Both page until an empty page (Strava's
 * documented rule), so both make the same requests.
 */
import type { Activity } from '@fitlink/core';
import { startLoopbackStrava } from '../lib/loopback.js';
import { duration, interleave, ratios, table, withSpread } from '../lib/measure.js';
import type { BenchRow } from '../lib/row.js';
import { scaled } from '../lib/row.js';
import {
  createFitlinkStrava,
  createStravaV3,
  type StravaV3Client,
  wholeWorldRange,
} from '../lib/strava-clients.js';
import { SYNC_ACTIVITIES, stravaWorld } from '../lib/strava-world.js';

async function syncStravaV3(client: StravaV3Client): Promise<number> {
  let count = 0;
  for (let page = 1; ; page++) {
    const activities = await client.athlete.listActivities({ page, per_page: 200 });
    if (activities.length === 0) return count;
    count += activities.length;
  }
}

/** Row a: the 5,000-activity sync beside strava-v3. */
export const syncRow: BenchRow = {
  id: 'sync',
  title: `Strava sync of ${SYNC_ACTIVITIES.toLocaleString('en-US')} activities, loopback HTTP`,
  async run(context) {
    const world = stravaWorld();
    const server = await startLoopbackStrava(world);
    try {
      const fitlink = await createFitlinkStrava(server.apiBaseUrl);
      const v3 = createStravaV3(server.apiBaseUrl);
      const range = wholeWorldRange(world.firstStartMs);
      const syncFitlink = async () => {
        const activities: Activity[] = [];
        for await (const activity of fitlink.listActivities(range)) activities.push(activity);
        return activities.length;
      };

      // One checked sync each: every activity arrives, and the requests each makes.
      await server.takeRequestCount();
      const fitlinkCount = await syncFitlink();
      const fitlinkRequests = await server.takeRequestCount();
      const v3Count = await syncStravaV3(v3);
      const v3Requests = await server.takeRequestCount();
      if (fitlinkCount !== SYNC_ACTIVITIES || v3Count !== SYNC_ACTIVITIES) {
        throw new Error(
          `sync read ${fitlinkCount} (fitlink) and ${v3Count} (strava-v3) activities`,
        );
      }

      const [subject, baseline] = await interleave(
        [
          { label: 'fitlink listActivities (validated, mapped)', run: syncFitlink },
          { label: 'strava-v3 listActivities per_page=200', run: () => syncStravaV3(v3) },
        ],
        { rounds: scaled(15, context), batch: 1, warmup: 1 },
      );
      if (subject === undefined || baseline === undefined) throw new Error('no figures');
      const detail = table(
        ['client', 'one sync ± spread', 'CPU', 'per activity', 'requests', 'ratio'],
        [
          [
            subject.label,
            withSpread(subject),
            duration(subject.cpuMs),
            duration(subject.ms / SYNC_ACTIVITIES),
            String(fitlinkRequests),
            ratios(subject, baseline),
          ],
          [
            baseline.label,
            withSpread(baseline),
            duration(baseline.cpuMs),
            duration(baseline.ms / SYNC_ACTIVITIES),
            String(v3Requests),
            '1.00×',
          ],
        ],
      );
      return {
        detail,
        summary: [
          {
            measure: `Strava sync of 5,000 activities, validated + mapped, vs strava-v3 per_page=200 (loopback; requests ${fitlinkRequests} / ${v3Requests})`,
            fitlink: duration(subject.ms),
            baseline: duration(baseline.ms),
            ratio: ratios(subject, baseline),
            goal: '≤ 2.0×',
          },
        ],
      };
    } finally {
      await server.close();
    }
  },
};
