import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSpotifyFake } from '@fitlink/spotify/testing';
import { describe, expect, it, vi } from 'vitest';

const root = join(import.meta.dirname, '..');
const README = readFileSync(join(root, 'README.md'), 'utf8');
const DOCS = readFileSync(join(root, '..', '..', 'docs', 'providers', 'spotify.md'), 'utf8');

describe('README', () => {
  it('contains the quick start verbatim, and it runs against the sandbox', async () => {
    const source = readFileSync(
      join(import.meta.dirname, 'readme', 'quickstart.example.ts'),
      'utf8',
    );
    expect(README).toContain(source.trim());
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await import('./readme/quickstart.example.js');
    const expected = createSpotifyFake({ seed: 1, now: Date.parse('2026-11-20T12:00:00Z') })
      .recentHistory()
      .slice(0, 3)
      .map((item) => [
        item.played_at,
        `${item.track.artists.map((artist) => artist.name).join(', ')} – ${item.track.name}`,
      ]);
    expect(log.mock.calls).toEqual(expected);
  });

  it.each([
    ['README.md', README],
    ['docs/providers/spotify.md', DOCS],
  ])('%s: every ts block is a module importing only @fitlink/*, zod and node:*', (_name, text) => {
    const blocks = [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const imports = [...block.matchAll(/from '([^']+)'/g)].map((match) => match[1] ?? '');
      expect(imports.length).toBeGreaterThan(0);
      for (const name of imports) expect(name).toMatch(/^(@fitlink\/|zod$|zod\/|node:)/);
    }
  });
});
