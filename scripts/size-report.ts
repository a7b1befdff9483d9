/**
 * Size report: for every provider package, an esbuild bundle of `create<P>Client` and its
 * mappers (the code an app ships to sync and normalize), and for each quick start of
 * `QUICK_STARTS` (Strava's: app + client + memory store + mapper, what its README's quick start
 * ships), minified and gzipped, once with the zod peer bundled and once with it external. All
 * for the browser, beside strava-v3 and @spotify/web-api-ts-sdk bundled for the browser too in
 * the same run, and checked against `size-budget.json`. The bundling is bench/bundle-size.ts,
 * the module `pnpm bench` measures with.
 *
 * Run after `pnpm build`: `pnpm size`. Exits 1 when a package or quick start is over budget or
 * has no budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type BundleEntry,
  installedVersion,
  minGzipKb,
  providerClientEntry,
  QUICK_STARTS,
  SPOTIFY_SDK,
  STRAVA_V3,
} from '../bench/bundle-size.js';

const root = join(import.meta.dirname, '..');
// examples/ depends on every package, so bare @fitlink/* specifiers resolve from there.
const examplesDir = join(root, 'examples');

interface Budget {
  readonly withZodKb: number;
  readonly withoutZodKb: number;
}
const budgets = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8')) as {
  readonly packages: Record<string, Budget>;
  readonly quickStarts?: Record<string, Budget>;
};

interface Row {
  readonly name: string;
  readonly entry: string;
  readonly withZod: number | null;
  readonly withoutZod: number;
  /** `undefined` for a baseline. */
  readonly budget: Budget | undefined | 'none';
}

const rows: Row[] = [];
const measure = async (entry: BundleEntry, budget: Budget | undefined, resolveDir?: string) => {
  const dir = resolveDir === undefined ? {} : { resolveDir };
  rows.push({
    name: entry.name,
    entry: entry.label,
    withZod: await minGzipKb(entry.contents, dir),
    withoutZod: await minGzipKb(entry.contents, { ...dir, zod: 'external' }),
    budget: budget ?? 'none',
  });
};

const providerDirs = readdirSync(join(root, 'packages')).filter((dir) => {
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
    return pkg.exports?.['./testing'] !== undefined;
  } catch {
    return false;
  }
});
for (const dir of providerDirs.sort()) {
  const entry = await providerClientEntry(join(root, 'packages', dir));
  await measure(entry, budgets.packages[entry.name], examplesDir);
}

const problems: string[] = [];
for (const [name, entry] of Object.entries(QUICK_STARTS)) {
  await measure(entry, budgets.quickStarts?.[name]);
}
for (const name of Object.keys(budgets.quickStarts ?? {})) {
  if (QUICK_STARTS[name] === undefined) {
    problems.push(`size-budget.json budgets a quick start of ${name}, which QUICK_STARTS lacks`);
  }
}

// Baselines, measured now with the same bundler settings and for the same platform.
const v3 = `strava-v3 ${installedVersion('strava-v3')} (baseline)`;
rows.push({
  name: v3,
  entry: `${STRAVA_V3.label}, browser; fs, path, querystring, timers/promises shimmed`,
  withZod: null,
  withoutZod: await minGzipKb(STRAVA_V3.contents),
  budget: undefined,
});
rows.push({
  name: v3,
  entry: `${STRAVA_V3.label}, browser; Node built-ins left external (not runnable as is)`,
  withZod: null,
  withoutZod: await minGzipKb(STRAVA_V3.contents, { nodeBuiltins: 'external' }),
  budget: undefined,
});
rows.push({
  name: `@spotify/web-api-ts-sdk ${installedVersion('@spotify/web-api-ts-sdk')} (baseline)`,
  entry: `${SPOTIFY_SDK.label}, browser`,
  withZod: null,
  withoutZod: await minGzipKb(SPOTIFY_SDK.contents),
  budget: undefined,
});

const kb = (value: number | null) => (value === null ? '—' : `${value.toFixed(1)} kB`);
const header = ['package', 'entry', 'min+gz with zod', 'min+gz zod external', 'budget', 'status'];
let budgeted = 0;
const lines = rows.map((row) => {
  let status = 'baseline';
  if (row.budget === 'none') {
    status = 'NO BUDGET';
    problems.push(`${row.name} has no entry in size-budget.json`);
  } else if (row.budget !== undefined) {
    budgeted++;
    if ((row.withZod ?? 0) > row.budget.withZodKb || row.withoutZod > row.budget.withoutZodKb) {
      status = 'OVER';
      problems.push(`${row.name} is over its budget`);
    } else status = 'ok';
  }
  const budget =
    typeof row.budget === 'object'
      ? `${row.budget.withZodKb} / ${row.budget.withoutZodKb} kB`
      : '—';
  return [row.name, row.entry, kb(row.withZod), kb(row.withoutZod), budget, status];
});
const widths = header.map((title, i) =>
  Math.max(title.length, ...lines.map((l) => l[i]?.length ?? 0)),
);
const format = (cells: string[]) =>
  `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log('min+gzip, esbuild, platform browser (1 kB = 1,024 B)\n');
console.log(format(header));
console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
for (const line of lines) console.log(format(line));
if (problems.length > 0) {
  console.error(`\nsize-report: ${problems.join('; ')}`);
  process.exit(1);
}
console.log(`\nsize-report: ${budgeted} bundles within budget`);
