import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const here = join(import.meta.dirname, '..');
const tsx = join(here, '..', 'node_modules', '.bin', 'tsx');
const examples = readdirSync(here)
  .filter(
    (name) => name.endsWith('.ts') && name !== 'run-example.ts' && !name.endsWith('.config.ts'),
  )
  .map((name) => name.replace(/\.ts$/, ''))
  .sort();
const readme = readFileSync(join(here, 'README.md'), 'utf8');

// Lines each example must print (beyond exiting 0), so a silently broken example fails.
const expected: Record<string, RegExp[]> = {
  'connect-loopback': [
    /browser reached http:\/\/127\.0\.0\.1:\d+\/callback → 200/,
    /connected: scope read/,
  ],
  'token-store-rotation': [
    /the file holds ciphertext only: true/,
    /rotated to key-2026: 3 entries re-encrypted/,
    /read with the retired key-2025: TokenStoreError/,
  ],
};

// Credentials must never switch an example to the real API inside the test run.
const offlineEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) =>
      !/_(CLIENT_ID|CLIENT_SECRET|REFRESH_TOKEN|USERNAME|PASSWORD|ACCESS_TOKEN)$/.test(name),
  ),
);

describe('examples', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples)('%s is listed in examples/README.md', (name) => {
    expect(readme).toContain(`pnpm example ${name}`);
  });

  it.each(examples)(
    '%s runs against the sandbox and exits 0',
    async (name) => {
      const { stdout } = await run(tsx, ['--conditions=source', `${name}.ts`], {
        cwd: here,
        env: offlineEnv,
        timeout: 60_000,
      });
      expect(stdout.length).toBeGreaterThan(0);
      for (const pattern of expected[name] ?? []) expect(stdout).toMatch(pattern);
    },
    90_000,
  );
});
