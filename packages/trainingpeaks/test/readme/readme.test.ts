import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe('README quick start', () => {
  it('is in the README verbatim and runs against the sandbox', async () => {
    const source = readFileSync(join(import.meta.dirname, 'quickstart.example.ts'), 'utf8');
    expect(README).toContain(source.trim());
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await import('./quickstart.example.js');
    const lines = log.mock.calls;
    expect(lines[0]).toEqual(['swim', '2026-11-09T13:26:00.000Z', 2020, 39.2]);
    expect(lines).toContainEqual(['ride', '2026-11-15T13:15:00.000Z', 3263, 34.4]);
    expect(lines).toContainEqual(['2026-11-15', 57, 88.3, 7.85]);
    expect(lines).toHaveLength(14);
  });
});
