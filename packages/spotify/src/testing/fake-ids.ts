import { createSeededRandom } from '@fitlink/testing';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** FNV-1a of a string, as a seed. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/**
 * A stable 22-character base-62 Spotify id for a named thing (an artist, an album, a
 * playlist), the same for the same seed and name on every run.
 *
 * @param seed - The sandbox seed.
 * @param kind - `artist`, `album`, `playlist` …, so equal names of different kinds differ.
 * @param name - The thing's name.
 */
export function fakeSpotifyId(seed: number, kind: string, name: string): string {
  const random = createSeededRandom(hash(`${seed}:${kind}:${name}`));
  let id = '';
  for (let index = 0; index < 22; index += 1) id += BASE62[random.integer(0, 61)];
  return id;
}

/**
 * A made-up ISRC for a sandbox track: `XX` (no real country), registrant `FLK`, year, serial.
 *
 * @param seed - The sandbox seed.
 * @param trackId - The track id.
 */
export function fakeIsrc(seed: number, trackId: string): string {
  return `XXFLK26${String(hash(`${seed}:isrc:${trackId}`) % 100_000).padStart(5, '0')}`;
}
