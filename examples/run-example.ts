/**
 * Runs one example by name: `pnpm example <name>`. Examples live in this folder, one per file,
 * each listed in README.md.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((name) => name.endsWith('.ts') && name !== 'run-example.ts')
  .map((name) => name.replace(/\.ts$/, ''));
const wanted = process.argv.slice(2).find((arg) => arg !== '--');
if (!wanted || !available.includes(wanted)) {
  console.error(`usage: pnpm example <name>\navailable: ${['demo', ...available].join(', ')}`);
  process.exit(wanted ? 1 : 0);
}
await import(pathToFileURL(join(here, `${wanted}.ts`)).href);
