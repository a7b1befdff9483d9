import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const README = readFileSync(join(root, 'README.md'), 'utf8');
const DOCS = readFileSync(join(root, '..', '..', 'docs', 'providers', 'health-connect.md'), 'utf8');

describe('README', () => {
  it('contains the quick start verbatim, and it runs against the sandbox phone', async () => {
    const source = readFileSync(join(import.meta.dirname, 'quickstart.example.ts'), 'utf8');
    expect(README).toContain(source.trim());
    expect(DOCS).toContain(source.trim());
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await import('./quickstart.example.js');
    const lines = log.mock.calls;
    expect(lines.some((line) => line[0] === true)).toBe(true);
    const activities = lines.filter((line) => typeof line[1] === 'string' && line[2] === null);
    expect(activities.length).toBeGreaterThan(0);
    // The rolling window re-sends: some batches were partly skipped.
    expect(
      lines.some((line) => line[0] === 'user-1' && (line[2] as { skipped: number }).skipped > 0),
    ).toBe(true);
  });

  it('says which facts are uncertain and configurable', () => {
    expect(README).toMatch(/uncertain/i);
    expect(README).toContain('no cloud API');
  });
});
