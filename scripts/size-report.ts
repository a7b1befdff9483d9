/**
 * Size report: for every provider package, an esbuild bundle of `create<P>Client` and its
 * mappers (the code an app ships to sync and normalize), minified and gzipped, once with the
 * zod peer bundled and once with it external. Printed as a table beside strava-v3 and
 * @spotify/web-api-ts-sdk measured in the same run, and checked against `size-budget.json`.
 *
 * Run after `pnpm build`: `pnpm size`. Exits 1 when a package is over budget or has no budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
// examples/ depends on every package, so bare @fitlink/* specifiers resolve from there.
const resolveDir = join(root, 'examples');

interface Budget {
  readonly withZodKb: number;
  readonly withoutZodKb: number;
}
const budgets = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8')) as {
  readonly packages: Record<string, Budget>;
};

async function gzippedKb(
  contents: string,
  options: { external?: string[]; platform?: 'neutral' | 'node' | 'browser'; dir?: string } = {},
): Promise<number> {
  const result = await build({
    stdin: { contents, resolveDir: options.dir ?? resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: options.platform ?? 'browser',
    mainFields: ['module', 'main'],
    conditions: ['import', 'default'],
    external: options.external ?? [],
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error('esbuild produced no output');
  return gzipSync(output.contents, { level: 9 }).length / 1024;
}

interface Row {
  readonly name: string;
  readonly entry: string;
  readonly withZod: number | null;
  readonly withoutZod: number;
  readonly budget: Budget | undefined;
}

const rows: Row[] = [];
const providerDirs = readdirSync(join(root, 'packages')).filter((dir) => {
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
    return pkg.exports?.['./testing'] !== undefined;
  } catch {
    return false;
  }
});

for (const dir of providerDirs.sort()) {
  const pkg = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
  const name = pkg.name as string;
  const module = (await import(join(root, 'packages', dir, 'dist', 'index.js'))) as Record<
    string,
    unknown
  >;
  // `apple-health` exports `createAppleHealthClient`.
  const folded = dir.replace(/-/g, '');
  const client = Object.keys(module).find((key) => key.toLowerCase() === `create${folded}client`);
  if (client === undefined) throw new Error(`${name}: no create<P>Client export`);
  const mappers = Object.keys(module).filter(
    (key) => /^map[A-Z]/.test(key) && typeof module[key] === 'function',
  );
  const names = [client, ...mappers].sort();
  const entry = `export { ${names.join(', ')} } from '${name}';`;
  rows.push({
    name,
    entry: `${client} + ${mappers.length} mappers`,
    withZod: await gzippedKb(entry),
    withoutZod: await gzippedKb(entry, { external: ['zod', 'zod/*'] }),
    budget: budgets.packages[name],
  });
}

// Baselines, measured now with the same bundler settings.
rows.push({
  name: 'strava-v3 (baseline)',
  entry: 'the whole client (node)',
  withZod: null,
  withoutZod: await gzippedKb("export { default } from 'strava-v3';", {
    platform: 'node',
    dir: join(root, 'bench'),
  }),
  budget: undefined,
});
rows.push({
  name: '@spotify/web-api-ts-sdk (baseline)',
  entry: 'SpotifyApi',
  withZod: null,
  withoutZod: await gzippedKb("export { SpotifyApi } from '@spotify/web-api-ts-sdk';", {
    dir: join(root, 'bench'),
  }),
  budget: undefined,
});

const kb = (value: number | null) => (value === null ? '—' : `${value.toFixed(1)} kB`);
const header = ['package', 'entry', 'min+gz with zod', 'min+gz zod external', 'budget', 'status'];
const problems: string[] = [];
const lines = rows.map((row) => {
  let status = 'baseline';
  if (!row.name.endsWith('(baseline)')) {
    if (row.budget === undefined) {
      status = 'NO BUDGET';
      problems.push(`${row.name} has no entry in size-budget.json`);
    } else if (
      (row.withZod ?? 0) > row.budget.withZodKb ||
      row.withoutZod > row.budget.withoutZodKb
    ) {
      status = 'OVER';
      problems.push(`${row.name} is over its budget`);
    } else status = 'ok';
  }
  const budget = row.budget ? `${row.budget.withZodKb} / ${row.budget.withoutZodKb} kB` : '—';
  return [row.name, row.entry, kb(row.withZod), kb(row.withoutZod), budget, status];
});
const widths = header.map((title, i) =>
  Math.max(title.length, ...lines.map((l) => l[i]?.length ?? 0)),
);
const format = (cells: string[]) =>
  `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log(format(header));
console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
for (const line of lines) console.log(format(line));
if (problems.length > 0) {
  console.error(`\nsize-report: ${problems.join('; ')}`);
  process.exit(1);
}
console.log(`\nsize-report: ${rows.length - 2} packages within budget`);
