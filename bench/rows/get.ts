/**
 * Row d: one GET over loopback HTTP through a Strava client's HTTP client (bearer auth read from
 * a memory token store, Strava's rate-limit policy, int64-exact JSON, no schema) beside a raw
 * `fetch` + `JSON.parse` of the same URL with the same header. The typed read
 * (`client.activities.get`, which adds the schema) is timed in the same rounds for reference.
 */
import { startLoopbackStrava } from '../lib/loopback.js';
import { duration, interleave, type Measured, ratios, table, withSpread } from '../lib/measure.js';
import type { BenchRow } from '../lib/row.js';
import { scaled } from '../lib/row.js';
import { BENCH_ACCESS_TOKEN, createFitlinkStrava } from '../lib/strava-clients.js';
import { stravaWorld } from '../lib/strava-world.js';

/** Row d: the client's overhead on one GET. */
export const getRow: BenchRow = {
  id: 'get',
  title: 'One GET with auth and the Strava policy vs raw fetch + JSON.parse, loopback HTTP',
  async run(context) {
    const world = stravaWorld();
    const server = await startLoopbackStrava(world);
    try {
      const client = await createFitlinkStrava(server.apiBaseUrl);
      const { id } = world.detailed;
      const url = `${server.apiBaseUrl}/activities/${id}`;
      const headers = { authorization: `Bearer ${BENCH_ACCESS_TOKEN}` };
      const measured = await interleave(
        [
          {
            label: 'client.http.request (bearer from the store, Strava policy)',
            run: () => client.http.request({ path: `activities/${id}` }),
          },
          {
            label: 'fetch + JSON.parse (baseline)',
            run: async () => JSON.parse(await (await fetch(url, { headers })).text()),
          },
          {
            label: 'client.activities.get (the same GET + the detailed schema)',
            run: () => client.activities.get(id),
          },
        ],
        { rounds: scaled(21, context), roundMs: 50, warmup: 200 },
      );
      await server.takeRequestCount();
      const [subject, baseline] = measured as [Measured, Measured];
      const detail = [
        table(
          ['one GET', 'median ± spread', 'CPU', '× fetch + JSON.parse'],
          measured.map((item) => [
            item.label,
            withSpread(item),
            duration(item.cpuMs),
            ratios(item, baseline),
          ]),
        ),
        '',
        `the client adds ${duration(subject.ms - baseline.ms)} per request (CPU ${duration(subject.cpuMs - baseline.cpuMs)}); answer ${(world.detailed.json.length / 1024).toFixed(1)} kB`,
      ].join('\n');
      return {
        detail,
        summary: [
          {
            measure:
              "one GET with auth and the provider's policy, vs raw fetch + JSON.parse (loopback)",
            fitlink: duration(subject.ms),
            baseline: duration(baseline.ms),
            ratio: ratios(subject, baseline),
            goal: '≤ 1.25×',
          },
        ],
      };
    } finally {
      await server.close();
    }
  },
};
