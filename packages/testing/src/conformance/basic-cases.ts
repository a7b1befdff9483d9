import { expect, it } from 'vitest';
import { type ConformanceRun, sampleTokens } from './conformance-run.js';

/**
 * Registers the cases every store passes: round trips, replacement, deletion, isolation
 * between keys, and copies in and out.
 *
 * @param run - The registration's run.
 * @example
 * ```ts
 * describe('get, set, delete', () => basicCases(run));
 * ```
 */
export function basicCases(run: ConformanceRun): void {
  it('answers undefined for a key never written', async (context) => {
    const store = await run.open(context);
    expect(await store.get(run.key('missing'))).toBeUndefined();
  });

  it('reads back exactly what was set, every field included', async (context) => {
    const store = await run.open(context);
    const key = run.key('round-trip');
    await store.set(key, sampleTokens('a'));
    expect(await store.get(key)).toEqual(sampleTokens('a'));
  });

  it('replaces the value on a second set', async (context) => {
    const store = await run.open(context);
    const key = run.key('replace');
    await store.set(key, sampleTokens('a'));
    await store.set(key, sampleTokens('b'));
    expect(await store.get(key)).toEqual(sampleTokens('b'));
  });

  it('deletes, and deleting a missing key is not an error', async (context) => {
    const store = await run.open(context);
    const key = run.key('delete');
    await store.set(key, sampleTokens('a'));
    await store.delete(key);
    expect(await store.get(key)).toBeUndefined();
    await expect(store.delete(key)).resolves.toBeUndefined();
  });

  it('keeps keys apart', async (context) => {
    const store = await run.open(context);
    const [first, second] = [run.key('first'), run.key('second')];
    await store.set(first, sampleTokens('first'));
    await store.set(second, sampleTokens('second'));
    expect(await store.get(first)).toEqual(sampleTokens('first'));
    expect(await store.get(second)).toEqual(sampleTokens('second'));
    await store.delete(first);
    expect(await store.get(first)).toBeUndefined();
    expect(await store.get(second)).toEqual(sampleTokens('second'));
  });

  it('never shares objects with its callers', async (context) => {
    const store = await run.open(context);
    const key = run.key('copies');
    const written = sampleTokens('a');
    await store.set(key, written);
    written.accessToken = 'changed-after-set';
    const read = await store.get(key);
    if (read === undefined) throw new Error('the value just set is missing');
    read.accessToken = 'changed-after-get';
    read.scope?.push('changed');
    expect(await store.get(key)).toEqual(sampleTokens('a'));
  });
}
