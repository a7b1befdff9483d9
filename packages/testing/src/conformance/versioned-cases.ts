import type { TokenStore } from '@fitlink/core';
import { expect, it, type TestContext } from 'vitest';
import { type ConformanceRun, sampleTokens } from './conformance-run.js';

type Versioned = TokenStore & Required<Pick<TokenStore, 'getVersioned' | 'compareAndSet'>>;

/**
 * Registers the cases of versioned writes (`getVersioned` with `compareAndSet`): versions change
 * on every write, a stale or wrong version is refused with the current value, `undefined`
 * creates only, and of concurrent writers expecting one version exactly one wins.
 *
 * @param run - The registration's run.
 * @example
 * ```ts
 * describe('versioned writes', () => versionedCases(run));
 * ```
 */
export function versionedCases(run: ConformanceRun): void {
  const open = async (context: TestContext): Promise<Versioned> =>
    (await run.open(context, 'versioned')) as Versioned;

  it('reads a missing key as undefined, a stored one with its version', async (context) => {
    const store = await open(context);
    const key = run.key('versioned-read');
    expect(await store.getVersioned(key)).toBeUndefined();
    await store.set(key, sampleTokens('a'));
    const read = await store.getVersioned(key);
    expect(read?.tokens).toEqual(sampleTokens('a'));
    expect(typeof read?.version).toBe('string');
  });

  it('creates only when nothing is stored (expected version undefined)', async (context) => {
    const store = await open(context);
    const key = run.key('create-only');
    const created = await store.compareAndSet(key, undefined, sampleTokens('a'));
    expect(created.ok).toBe(true);
    const again = await store.compareAndSet(key, undefined, sampleTokens('b'));
    expect(again).toEqual({
      ok: false,
      current: { tokens: sampleTokens('a'), version: created.ok ? created.version : '' },
    });
    expect(await store.get(key)).toEqual(sampleTokens('a'));
  });

  it('writes over the version read, and answers the new version', async (context) => {
    const store = await open(context);
    const key = run.key('cas');
    await store.set(key, sampleTokens('a'));
    const read = await store.getVersioned(key);
    const written = await store.compareAndSet(key, read?.version, sampleTokens('b'));
    expect(written.ok).toBe(true);
    if (!written.ok) return;
    expect(written.version).not.toBe(read?.version);
    expect(await store.getVersioned(key)).toEqual({
      tokens: sampleTokens('b'),
      version: written.version,
    });
  });

  it('refuses a stale version and hands back the current value', async (context) => {
    const store = await open(context);
    const key = run.key('stale');
    await store.set(key, sampleTokens('a'));
    const stale = await store.getVersioned(key);
    const newer = await store.compareAndSet(key, stale?.version, sampleTokens('b'));
    const refused = await store.compareAndSet(key, stale?.version, sampleTokens('c'));
    expect(refused).toEqual({
      ok: false,
      current: { tokens: sampleTokens('b'), version: newer.ok ? newer.version : '' },
    });
    expect(await store.get(key)).toEqual(sampleTokens('b'));
  });

  it('gives a plain set a new version, so older versions are refused', async (context) => {
    const store = await open(context);
    const key = run.key('set-bumps');
    await store.set(key, sampleTokens('a'));
    const before = await store.getVersioned(key);
    await store.set(key, sampleTokens('b'));
    expect((await store.getVersioned(key))?.version).not.toBe(before?.version);
    expect((await store.compareAndSet(key, before?.version, sampleTokens('c'))).ok).toBe(false);
  });

  it('refuses a version once the key is deleted, and never reuses it', async (context) => {
    const store = await open(context);
    const key = run.key('deleted');
    await store.set(key, sampleTokens('a'));
    const before = await store.getVersioned(key);
    await store.delete(key);
    expect(await store.compareAndSet(key, before?.version, sampleTokens('b'))).toEqual({
      ok: false,
      current: undefined,
    });
    const recreated = await store.compareAndSet(key, undefined, sampleTokens('c'));
    expect(recreated.ok && recreated.version !== before?.version).toBe(true);
  });

  it('lets exactly one of concurrent writers expecting one version win', async (context) => {
    const store = await open(context);
    const key = run.key('race');
    await store.set(key, sampleTokens('base'));
    const read = await store.getVersioned(key);
    const labels = Array.from({ length: run.options.concurrency }, (_, i) => `writer-${i}`);
    const results = await Promise.all(
      labels.map((label) => store.compareAndSet(key, read?.version, sampleTokens(label))),
    );
    const winners = labels.filter((_, i) => results[i]?.ok);
    expect(winners).toHaveLength(1);
    expect(await store.get(key)).toEqual(sampleTokens(winners[0] ?? ''));
  });

  it('lets exactly one of concurrent creators win', async (context) => {
    const store = await open(context);
    const key = run.key('create-race');
    const labels = Array.from({ length: run.options.concurrency }, (_, i) => `creator-${i}`);
    const results = await Promise.all(
      labels.map((label) => store.compareAndSet(key, undefined, sampleTokens(label))),
    );
    const winners = labels.filter((_, i) => results[i]?.ok);
    expect(winners).toHaveLength(1);
    expect(await store.get(key)).toEqual(sampleTokens(winners[0] ?? ''));
  });
}
