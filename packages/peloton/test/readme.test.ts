import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const root = join(import.meta.dirname, '..');
const README = readFileSync(join(root, 'README.md'), 'utf8');
const DOCS = readFileSync(join(root, '..', '..', 'docs', 'providers', 'peloton.md'), 'utf8');

describe('README', () => {
  it('contains the quick start verbatim, and it runs against the sandbox', async () => {
    const source = readFileSync(
      join(import.meta.dirname, 'readme', 'quickstart.example.ts'),
      'utf8',
    );
    expect(README).toContain(source.trim());
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await import('./readme/quickstart.example.js');
    expect(log.mock.calls[0]).toEqual(['Sandy Box']);
    expect(log.mock.calls.length).toBeGreaterThan(1);
    for (const [sport, startTime, offset] of log.mock.calls.slice(1)) {
      expect([
        'indoor_ride',
        'treadmill_run',
        'run',
        'indoor_row',
        'strength',
        'yoga',
        'meditation',
      ]).toContain(sport);
      expect(startTime).toMatch(/^2026-11-(19|2[0-2])T/);
      expect(offset).toBe(-420);
    }
  });

  it('says there are no webhooks and shows polling by created_at', () => {
    for (const text of [README, DOCS]) {
      expect(text).toContain('No webhooks');
      expect(text).toContain('created_at');
    }
  });
});
