/**
 * fitlink's benchmarks: every row of issue 15's table beside its baseline measured in the same
 * run (interleaved rounds, medians), and the core rows kept from before. Nothing here passes or
 * fails a build; the ratios are what to compare across commits.
 *
 * `pnpm bench` (from the root: builds the packages it reads, then runs this against their dist).
 * Flags: `--only sync,strava-page,…` runs some rows; `--quick` runs a third of the rounds.
 */

import { table } from './lib/measure.js';
import type { BenchRow, RowContext, SummaryLine } from './lib/row.js';
import { bundleRow } from './rows/bundle.js';
import { coldImportRow } from './rows/cold-import.js';
import { coreRow } from './rows/core.js';
import { getRow } from './rows/get.js';
import { stravaPageRow } from './rows/strava-page.js';
import { syncRow } from './rows/sync.js';
import { whoopPageRow } from './rows/whoop-page.js';

const rows: readonly BenchRow[] = [
  syncRow,
  stravaPageRow,
  whoopPageRow,
  getRow,
  bundleRow,
  coldImportRow,
  coreRow,
];

function parseArgs(argv: readonly string[]): { only: Set<string> | undefined; quick: boolean } {
  let only: Set<string> | undefined;
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') quick = true;
    else if (arg === '--only' || arg?.startsWith('--only=')) {
      const value = arg === '--only' ? argv[++i] : arg.slice('--only='.length);
      only = new Set((value ?? '').split(',').filter(Boolean));
    } else if (arg !== '--') {
      throw new Error(
        `unknown argument ${arg}; use --only <${rows.map((r) => r.id).join(',')}> or --quick`,
      );
    }
  }
  for (const id of only ?? []) {
    if (!rows.some((row) => row.id === id)) {
      throw new Error(`no row ${id}; rows: ${rows.map((r) => r.id).join(', ')}`);
    }
  }
  return { only, quick };
}

const { only, quick } = parseArgs(process.argv.slice(2));
const context: RowContext = { scale: quick ? 1 / 3 : 1 };
const started = performance.now();
console.log(
  `fitlink benchmarks — Node ${process.version}, ${process.platform}/${process.arch}, ${new Date().toISOString()}${quick ? ' (--quick)' : ''}`,
);
console.log(
  'Ratios are subject cost / baseline cost, measured in the same run: lower is better.\n',
);

const summary: SummaryLine[] = [];
for (const row of rows) {
  if (only && !only.has(row.id)) continue;
  const rowStarted = performance.now();
  console.log(`## ${row.title} (${row.id})\n`);
  const result = await row.run(context);
  console.log(`${result.detail}\n`);
  console.log(`(${((performance.now() - rowStarted) / 1000).toFixed(1)} s)\n`);
  summary.push(...result.summary);
}

console.log('## Summary\n');
console.log(
  table(
    ['measure', 'fitlink', 'baseline', 'ratio', 'goal (issue 15)'],
    summary.map((line) => [line.measure, line.fitlink, line.baseline, line.ratio, line.goal]),
  ),
);
console.log(`\nbench: done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
