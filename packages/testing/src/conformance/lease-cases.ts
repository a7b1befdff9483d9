import type { TokenStore } from '@fitlink/core';
import { expect, it, type TestContext } from 'vitest';
import { type ConformanceRun, sampleTokens } from './conformance-run.js';

type Leasing = TokenStore & Required<Pick<TokenStore, 'acquireLease'>>;

/**
 * Registers the cases of leases (`acquireLease`): one holder at a time, per key; renew and
 * release only by the current owner; and, when the suite can move the store's clock, expiry
 * after the TTL and extension by renew.
 *
 * @param run - The registration's run.
 * @example
 * ```ts
 * describe('leases', () => leaseCases(run));
 * ```
 */
export function leaseCases(run: ConformanceRun): void {
  const ttlMs = run.options.leaseTtlMs;
  const open = async (context: TestContext): Promise<Leasing> =>
    (await run.open(context, 'leases')) as Leasing;
  const advance = async (context: TestContext, ms: number): Promise<void> => {
    const { advanceTime } = run.options;
    if (advanceTime === undefined) context.skip('no advanceTime option: expiry is not tested');
    else await advanceTime(ms);
  };

  it('grants one holder at a time, per key', async (context) => {
    const store = await open(context);
    const [key, other] = [run.key('lease'), run.key('lease-other')];
    const lease = await store.acquireLease(key, { ttlMs });
    expect(typeof lease?.owner).toBe('string');
    expect(lease?.owner).not.toBe('');
    expect(await store.acquireLease(key, { ttlMs })).toBeUndefined();
    expect(await store.acquireLease(other, { ttlMs })).toBeDefined();
  });

  it('grants exactly one of concurrent acquirers', async (context) => {
    const store = await open(context);
    const key = run.key('lease-race');
    const leases = await Promise.all(
      Array.from({ length: run.options.concurrency }, () => store.acquireLease(key, { ttlMs })),
    );
    expect(leases.filter((lease) => lease !== undefined)).toHaveLength(1);
  });

  it('frees the key on release, and then refuses the old owner', async (context) => {
    const store = await open(context);
    const key = run.key('lease-release');
    const first = await store.acquireLease(key, { ttlMs });
    expect(await first?.release()).toBe(true);
    const second = await store.acquireLease(key, { ttlMs });
    expect(second).toBeDefined();
    expect(second?.owner).not.toBe(first?.owner);
    expect(await first?.renew()).toBe(false);
    expect(await first?.release()).toBe(false);
    expect(await store.acquireLease(key, { ttlMs })).toBeUndefined();
    expect(await second?.renew()).toBe(true);
    expect(await second?.release()).toBe(true);
  });

  it('leaves the stored token set alone', async (context) => {
    const store = await open(context);
    const key = run.key('lease-value');
    await store.set(key, sampleTokens('a'));
    const lease = await store.acquireLease(key, { ttlMs });
    await lease?.release();
    expect(await store.get(key)).toEqual(sampleTokens('a'));
    const empty = run.key('lease-empty');
    await (await store.acquireLease(empty, { ttlMs }))?.release();
    expect(await store.get(empty)).toBeUndefined();
  });

  it('expires after its TTL: another worker takes it, the old owner is refused', async (context) => {
    const store = await open(context);
    const key = run.key('lease-expiry');
    const first = await store.acquireLease(key, { ttlMs });
    await advance(context, ttlMs + 1);
    const second = await store.acquireLease(key, { ttlMs });
    expect(second).toBeDefined();
    expect(await first?.renew()).toBe(false);
    expect(await first?.release()).toBe(false);
    expect(await second?.release()).toBe(true);
  });

  it('is extended by renew past its first TTL', async (context) => {
    const store = await open(context);
    const key = run.key('lease-renew');
    const lease = await store.acquireLease(key, { ttlMs });
    const firstExpiry = lease?.expiresAt ?? 0;
    await advance(context, Math.ceil(ttlMs * 0.6));
    expect(await lease?.renew()).toBe(true);
    expect(lease?.expiresAt).toBeGreaterThan(firstExpiry);
    await advance(context, Math.ceil(ttlMs * 0.6));
    expect(await store.acquireLease(key, { ttlMs })).toBeUndefined();
    expect(await lease?.release()).toBe(true);
  });
}
