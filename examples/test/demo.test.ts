import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { clip, table, WIDTH, wrap } from '../demo/report.js';

const run = promisify(execFile);
const here = join(import.meta.dirname, '..');
const tsx = join(here, '..', 'node_modules', '.bin', 'tsx');
const scratch = mkdtempSync(join(tmpdir(), 'fitlink-demo-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// No credentials and no .env: the demo must not leave the sandbox inside the test run.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) =>
      !/^FITLINK_TOKEN_KEY/.test(name) &&
      !/_(CLIENT_ID|CLIENT_SECRET|REFRESH_TOKEN|USERNAME|PASSWORD|ACCESS_TOKEN)$/.test(name),
  ),
);
const demo = (...args: string[]) =>
  run(tsx, ['--conditions=source', 'demo/index.ts', ...args], {
    cwd: here,
    env: { ...env, INIT_CWD: scratch, FITLINK_OFFLINE: '1' },
    timeout: 60_000,
  });

describe('demo report', () => {
  it('wraps text at spaces and cuts words longer than the width', () => {
    expect(wrap('a bb ccc dddd', 6)).toEqual(['a bb', 'ccc', 'dddd']);
    expect(wrap('abcdefgh', 3)).toEqual(['abc', 'def', 'gh']);
    expect(wrap('', 5)).toEqual(['']);
    expect(clip('x'.repeat(120))).toHaveLength(WIDTH);
  });

  it('narrows a wide table by wrapping its left-aligned cells', () => {
    const out = table(['name', 'n', 'notes'], [['a', '1', 'word '.repeat(40).trim()]], 'lrl', 40);
    const lines = out.split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(40);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain('word word');
    expect(lines.length).toBeGreaterThan(3);
  });
});

describe('pnpm demo', () => {
  it(`prints lines of at most ${WIDTH} columns, with rounded values`, async () => {
    const { stdout } = await demo();
    const lines = stdout.split('\n');
    const widest = lines.reduce((a, b) => (b.length > a.length ? b : a), '');
    expect(widest.length, widest).toBeLessThanOrEqual(WIDTH);
    expect(stdout).toMatch(/Wrote 6 files to demo-output\//);
    // Strain, HRV and scores keep at most one decimal.
    expect(stdout).not.toMatch(/\d\.\d{2,}/);
  }, 90_000);

  it('in live mode without FITLINK_TOKEN_KEY, says what to set and exits 0', async () => {
    const { stdout, stderr } = await demo('--', '--live');
    expect(stdout).toContain('live mode is not set up yet: it needs FITLINK_TOKEN_KEY');
    expect(stdout).toContain('.env.example');
    expect(stderr).toBe('');
  }, 90_000);
});
