/**
 * Row e: bundle sizes, min+gz, esbuild for the browser (the module shared with `pnpm size`):
 * `createStravaClient` + its mappers with zod external, the Strava quick start with zod external
 * and bundled, and the peers built for the browser too.
 */
import { join } from 'node:path';
import {
  BENCH_DIR,
  installedVersion,
  minGzipKb,
  providerClientEntry,
  SPOTIFY_SDK,
  STRAVA_QUICK_START,
  STRAVA_V3,
} from '../bundle-size.js';
import { ratio, table } from '../lib/measure.js';
import type { BenchRow } from '../lib/row.js';

const kb = (value: number) => `${value.toFixed(1)} kB`;

/** Row e: what an app ships, beside the peers. */
export const bundleRow: BenchRow = {
  id: 'bundle',
  title: 'Bundles, min+gz, esbuild, platform browser',
  async run() {
    const client = await providerClientEntry(join(BENCH_DIR, '..', 'packages', 'strava'));
    const clientExternal = await minGzipKb(client.contents, { zod: 'external' });
    const clientBundled = await minGzipKb(client.contents);
    const quickExternal = await minGzipKb(STRAVA_QUICK_START.contents, { zod: 'external' });
    const quickBundled = await minGzipKb(STRAVA_QUICK_START.contents);
    const v3 = `strava-v3 ${installedVersion('strava-v3')}`;
    const v3Shimmed = await minGzipKb(STRAVA_V3.contents);
    const v3External = await minGzipKb(STRAVA_V3.contents, { nodeBuiltins: 'external' });
    const v3Node = await minGzipKb(STRAVA_V3.contents, { platform: 'node' });
    const spotify = await minGzipKb(SPOTIFY_SDK.contents);
    const detail = [
      table(
        ['bundle', 'zod external', 'zod bundled', '× strava-v3 (browser)'],
        [
          [
            `@fitlink/strava: ${client.label}`,
            kb(clientExternal),
            kb(clientBundled),
            ratio(clientExternal, v3Shimmed),
          ],
          [
            `@fitlink/strava quick start: ${STRAVA_QUICK_START.label}`,
            kb(quickExternal),
            kb(quickBundled),
            `${ratio(quickExternal, v3Shimmed)} / ${ratio(quickBundled, v3Shimmed)}`,
          ],
          [
            `${v3} for the browser (fs, path, querystring, timers/promises shimmed)`,
            '—',
            kb(v3Shimmed),
            '1.00×',
          ],
          [
            `${v3} for the browser, Node built-ins left external (not runnable as is)`,
            '—',
            kb(v3External),
            ratio(v3External, v3Shimmed),
          ],
          [`${v3} for Node (reference only)`, '—', kb(v3Node), ratio(v3Node, v3Shimmed)],
          [
            `@spotify/web-api-ts-sdk ${installedVersion('@spotify/web-api-ts-sdk')}: ${SPOTIFY_SDK.label}`,
            '—',
            kb(spotify),
            '—',
          ],
        ],
      ),
      '',
      'strava-v3 has no zod: its figure is the whole client with its dependencies (axios, json-bigint).',
    ].join('\n');
    return {
      detail,
      summary: [
        {
          measure: 'bundle, min+gz, browser: createStravaClient + mappers, zod external',
          fitlink: kb(clientExternal),
          baseline: `${kb(v3Shimmed)} (strava-v3, browser)`,
          ratio: ratio(clientExternal, v3Shimmed),
          goal: '≤ 12 kB',
        },
        {
          measure:
            'bundle, min+gz, browser: the Strava quick start (app + client + store + mapper), zod external / bundled',
          fitlink: `${kb(quickExternal)} / ${kb(quickBundled)}`,
          baseline: `${kb(v3Shimmed)} (strava-v3, browser)`,
          ratio: `${ratio(quickExternal, v3Shimmed)} / ${ratio(quickBundled, v3Shimmed)}`,
          goal: '≤ 18 / 26 kB',
        },
      ],
    };
  },
};
