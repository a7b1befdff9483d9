import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapSmashrunActivity } from '@fitlink/smashrun';
import { createSmashrunFake } from '@fitlink/smashrun/testing';
import { describe, expect, it, vi } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const README = readFileSync(join(root, 'README.md'), 'utf8');
const DOCS = readFileSync(join(root, '..', '..', 'docs', 'providers', 'smashrun.md'), 'utf8');

describe('README', () => {
  it('contains the quick start verbatim, and it runs against the sandbox', async () => {
    const source = readFileSync(join(import.meta.dirname, 'quickstart.example.ts'), 'utf8');
    expect(README).toContain(source.trim());
    expect(DOCS).toContain(source.trim());
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await import('./quickstart.example.js');
    const now = Date.parse('2026-11-22T12:00:00Z');
    const expected = createSmashrunFake({ now })
      .activities.map((run) => mapSmashrunActivity(run))
      .filter((a) => Date.parse(a.startTime) >= Date.parse('2026-11-15T00:00:00Z'))
      .map((a) => [a.startTime, a.sport, Math.round(a.distanceMetres ?? 0)]);
    expect(expected.length).toBeGreaterThan(0);
    expect(log.mock.calls).toEqual([['Sandy', 'Box'], ...expected]);
  });

  it('says SmashRun has no webhooks and how to sync by date', () => {
    expect(README).toMatch(/no webhooks/i);
    expect(README).toContain('fromDate');
  });
});
