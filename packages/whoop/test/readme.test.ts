import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const README = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

describe('README', () => {
  it('contains the quick start verbatim, and it runs against the sandbox', async () => {
    const source = readFileSync(
      join(import.meta.dirname, 'readme', 'quickstart.example.ts'),
      'utf8',
    );
    expect(README).toContain(source.trim());
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await import('./readme/quickstart.example.js');
    expect(log.mock.calls).toEqual([
      ['2026-11-19', null, 16.8123],
      ['2026-11-18', 28, 14.7644],
      ['2026-11-17', 76, 9.1584],
      ['2026-11-16', 49, 7.2027],
      ['indoor_ride', 1801, null],
      ['run', 3666, 672],
      ['indoor_ride', 2216, 341],
    ]);
  });

  it('has only complete modules in its ts blocks, importing @fitlink/*, zod or node:*', () => {
    const blocks = [...README.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const block of blocks) {
      const sources = [...block.matchAll(/from '([^']+)'/g)].map((match) => match[1] ?? '');
      expect(sources.length).toBeGreaterThan(0);
      expect(sources.every((source) => /^(@fitlink\/|zod|node:)/.test(source))).toBe(true);
    }
  });
});
