import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapPolarTrainingSession } from '@fitlink/polar';
import { createPolarFake } from '@fitlink/polar/testing';
import { describe, expect, it, vi } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const README = readFileSync(join(root, 'README.md'), 'utf8');
const DOCS = readFileSync(join(root, '..', '..', 'docs', 'providers', 'polar.md'), 'utf8');

describe('README', () => {
  it('contains the quick start verbatim, and it runs against the sandbox', async () => {
    const source = readFileSync(join(import.meta.dirname, 'quickstart.example.ts'), 'utf8');
    expect(README).toContain(source.trim());
    expect(DOCS).toContain(source.trim());
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await import('./quickstart.example.js');
    const fake = createPolarFake({ now: Date.parse('2026-11-22T12:00:00Z') });
    const names = new Map(fake.sports.map((s) => [s.identifier.id, s.nameKey]));
    const expected = fake.trainingSessions
      .map((session) => mapPolarTrainingSession(session, { sportNames: names }))
      .filter((a) => a.startTime >= '2026-11-15T00:00:00.000Z')
      .map((a) => [a.startTime, a.sport, a.elapsedSeconds]);
    expect(expected.length).toBeGreaterThan(0);
    expect(log.mock.calls).toEqual(expected);
  });

  it('says which facts are uncertain and that v3 is the older path', () => {
    expect(README).toMatch(/uncertain/i);
    expect(README).toMatch(/older path/i);
    expect(README).toContain('Polar-Webhook-Signature');
  });
});
