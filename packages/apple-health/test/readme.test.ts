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
      [200, { activities: 5, sleeps: 3, metricSamples: 18, unknownMetrics: [], issues: 0 }],
      ['yoga', 3524, null],
      ['meditation', 710, null],
      ['hike', 9487, 11213.100000521],
      ['strength_training', 2702, null],
      ['run', 1797, 5945.00000024],
      ['2026-11-18', 12493, 51],
      ['2026-11-19', 12733, 49],
      ['2026-11-20', 9256, 47],
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
