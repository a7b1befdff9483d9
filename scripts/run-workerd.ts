/**
 * Runs the runtime smoke test (examples/runtimes/worker.ts) in workerd, Cloudflare Workers'
 * runtime, through Miniflare: bundles the worker with esbuild for the Workers conditions, starts
 * it, sends one request and prints the JSON it answers. Miniflare is not a dependency of the
 * repository (it brings workerd's 100 MB binary): `scripts/check-runtimes.sh` installs it into a
 * temporary folder and passes that folder as MINIFLARE_DIR.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// biome-ignore lint/suspicious/noUndeclaredEnvVars: a CI script run by check-runtimes.sh, not a turbo task
const miniflareDir = process.env.MINIFLARE_DIR;
if (!miniflareDir)
  throw new Error('run-workerd: set MINIFLARE_DIR to a folder with miniflare installed');

const bundle = await build({
  entryPoints: [join(root, 'examples/runtimes/worker.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  conditions: ['workerd', 'worker', 'browser', 'import'],
  logLevel: 'warning',
  // tsup leaves bare imports of shared chunks that the packages' sideEffects lists let go.
  logOverride: { 'ignored-bare-import': 'silent' },
});
const script = bundle.outputFiles[0]?.text;
if (!script) throw new Error('run-workerd: esbuild produced no output');

const requireFrom = createRequire(join(miniflareDir, 'package.json'));
const { Miniflare } = (await import(pathToFileURL(requireFrom.resolve('miniflare')).href)) as {
  Miniflare: new (
    options: object,
  ) => {
    dispatchFetch(url: string): Promise<Response>;
    dispose(): Promise<void>;
  };
};
const worker = new Miniflare({
  modules: true,
  script,
  compatibilityDate: '2025-09-01',
});
try {
  const response = await worker.dispatchFetch('http://localhost/');
  const text = await response.text();
  if (!response.ok) throw new Error(`run-workerd: the worker answered ${response.status}: ${text}`);
  console.log(text);
} finally {
  await worker.dispose();
}
