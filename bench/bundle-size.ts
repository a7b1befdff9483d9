/**
 * Bundle sizes, shared by `pnpm bench` (row e) and `pnpm size` (scripts/size-report.ts): one
 * esbuild set-up (ESM, minified, no legal comments, gzip level 9) for every entry, fitlink's and
 * the peers' alike, for the browser unless a caller asks for Node. The browser build reads
 * packages' `browser` fields and conditions, as a browser bundler does (axios then brings its
 * browser adapters, not Node's). Node's built-in modules a peer needs are replaced by the shims
 * a browser bundler asks for (`querystring-es3`, `path-browserify`, an empty `fs`, a
 * `timers/promises` of one function), or left out with `nodeBuiltins: 'external'`.
 *
 * The packages must be built (`pnpm build`): entries resolve to their `dist`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

/** This folder: the peers, the shims and `@fitlink/core`, `strava`, `whoop` resolve from here. */
export const BENCH_DIR = import.meta.dirname;

/** Where a bundle's bare specifiers resolve, and how it is built. */
export interface BundleOptions {
  /** The folder bare specifiers resolve from. @defaultValue {@link BENCH_DIR} */
  readonly resolveDir?: string;
  /** zod bundled, or external (an app that already ships it). @defaultValue 'bundled' */
  readonly zod?: 'bundled' | 'external';
  /** @defaultValue 'browser' */
  readonly platform?: 'browser' | 'node';
  /** Node built-ins in a browser bundle: shimmed, or left external. @defaultValue 'shim' */
  readonly nodeBuiltins?: 'shim' | 'external';
}

/** An entry to measure: an ES module's text of re-exports. */
export interface BundleEntry {
  /** Printed name: a package, or a peer with what was bundled. */
  readonly name: string;
  /** What the entry holds: `createStravaClient + 7 mappers`. */
  readonly label: string;
  /** The module text. */
  readonly contents: string;
}

const require = createRequire(join(BENCH_DIR, 'package.json'));
const NODE_BUILTINS = /^(node:)?(fs|path|querystring|timers\/promises)$/;

// Node's built-ins for a browser bundle, as browserify and webpack 4 shipped them.
const shimNodeBuiltins: Plugin = {
  name: 'shim-node-builtins',
  setup(plugin) {
    plugin.onResolve({ filter: NODE_BUILTINS }, ({ path }) => {
      const name = path.replace(/^node:/, '');
      if (name === 'path') return { path: require.resolve('path-browserify') };
      if (name === 'querystring') return { path: require.resolve('querystring-es3') };
      return { path: name, namespace: 'node-shim' };
    });
    plugin.onLoad({ filter: /.*/, namespace: 'node-shim' }, ({ path }) => ({
      loader: 'js',
      contents:
        path === 'timers/promises'
          ? 'exports.setTimeout = (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), ms));'
          : 'module.exports = {};',
    }));
  },
};

/**
 * Bundles an entry with esbuild and returns its minified, gzipped size in kB (1 kB = 1,024 B).
 *
 * @param contents - The entry module's text.
 * @param options - Where it resolves from, zod, platform and Node built-ins.
 */
export async function minGzipKb(contents: string, options: BundleOptions = {}): Promise<number> {
  const platform = options.platform ?? 'browser';
  const external = options.zod === 'external' ? ['zod', 'zod/*'] : [];
  const plugins: Plugin[] = [];
  if (platform === 'browser') {
    if (options.nodeBuiltins === 'external') {
      external.push('fs', 'path', 'querystring', 'timers/promises', 'node:*');
    } else plugins.push(shimNodeBuiltins);
  }
  const result = await build({
    stdin: { contents, resolveDir: options.resolveDir ?? BENCH_DIR, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    external,
    plugins,
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error('esbuild produced no output');
  return gzipSync(output.contents, { level: 9 }).length / 1024;
}

/**
 * A provider package's client entry: `create<P>Client` and every `map*` function it exports,
 * the code an app ships to sync and normalize. Reads the package's built `dist/index.js`.
 *
 * @param packageDir - The package's folder (`packages/strava`).
 */
export async function providerClientEntry(packageDir: string): Promise<BundleEntry> {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    name: string;
  };
  const module = (await import(join(packageDir, 'dist', 'index.js'))) as Record<string, unknown>;
  // `apple-health` exports `createAppleHealthClient`.
  const folded = (pkg.name.split('/').pop() ?? '').replace(/-/g, '');
  const client = Object.keys(module).find((key) => key.toLowerCase() === `create${folded}client`);
  if (client === undefined) throw new Error(`${pkg.name}: no create<P>Client export`);
  const mappers = Object.keys(module).filter(
    (key) => /^map[A-Z]/.test(key) && typeof module[key] === 'function',
  );
  return {
    name: pkg.name,
    label: `${client} + ${mappers.length} mappers`,
    contents: `export { ${[client, ...mappers].sort().join(', ')} } from '${pkg.name}';`,
  };
}

/**
 * The Strava quick start a user actually ships (packages/strava/README.md): the app, the
 * client, a memory token store and the activity mapper.
 */
export const STRAVA_QUICK_START: BundleEntry = {
  name: '@fitlink/strava quick start',
  label: 'createStravaApp + createStravaClient + createMemoryTokenStore + mapStravaActivity',
  contents: [
    "export { createMemoryTokenStore } from '@fitlink/core';",
    "export { createStravaApp, createStravaClient, mapStravaActivity } from '@fitlink/strava';",
  ].join('\n'),
};

/** The quick starts the size report budgets, by package (`quickStarts` in size-budget.json). */
export const QUICK_STARTS: Readonly<Record<string, BundleEntry>> = {
  '@fitlink/strava': STRAVA_QUICK_START,
};

/** strava-v3, the whole client (its `index.js` builds every route group at load). */
export const STRAVA_V3: BundleEntry = {
  name: 'strava-v3',
  label: 'the whole client',
  contents: "export { default } from 'strava-v3';",
};

/** @spotify/web-api-ts-sdk's client. */
export const SPOTIFY_SDK: BundleEntry = {
  name: '@spotify/web-api-ts-sdk',
  label: 'SpotifyApi',
  contents: "export { SpotifyApi } from '@spotify/web-api-ts-sdk';",
};

/** The version of a package installed in bench/ (a peer), for a table's label. */
export function installedVersion(name: string): string {
  const pkg = JSON.parse(
    readFileSync(join(BENCH_DIR, 'node_modules', name, 'package.json'), 'utf8'),
  ) as { version?: string };
  return pkg.version ?? '?';
}
