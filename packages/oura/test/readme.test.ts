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
      ['2026-11-17', 76, 14751],
      ['2026-11-18', 28, 15378],
      ['2026-11-19', 41, 12335],
      ['indoor_ride', 1801, 365],
    ]);
  });
});
