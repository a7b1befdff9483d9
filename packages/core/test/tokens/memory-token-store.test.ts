import { describe, expect, it } from 'vitest';
import { MemoryTokenStore } from '../../src/tokens/index.js';

const tokens = { accessToken: 'access-1', refreshToken: 'refresh-1', scope: ['read'] };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('MemoryTokenStore', () => {
  it('stores, reads and deletes', async () => {
    const store = new MemoryTokenStore();
    expect(await store.get('k')).toBeUndefined();
    await store.set('k', tokens);
    expect(await store.get('k')).toEqual(tokens);
    await store.delete('k');
    expect(await store.get('k')).toBeUndefined();
  });

  it('isolates stored state from the objects passed in and handed out', async () => {
    const store = new MemoryTokenStore();
    const input = structuredClone(tokens);
    await store.set('k', input);
    input.accessToken = 'changed';
    input.scope.push('write');
    const read = await store.get('k');
    read!.scope!.push('admin');
    expect(await store.get('k')).toEqual(tokens);
  });

  it('serializes tasks on one key in FIFO order and releases the lock on throw', async () => {
    const store = new MemoryTokenStore();
    const events: string[] = [];
    let running = 0;
    const task =
      (name: string, fail = false) =>
      async () => {
        running++;
        expect(running).toBe(1);
        events.push(`start ${name}`);
        await sleep(5);
        events.push(`end ${name}`);
        running--;
        if (fail) throw new Error(`boom ${name}`);
        return name;
      };
    const results = await Promise.allSettled([
      store.lock!('k', task('a', true)),
      store.lock!('k', task('b')),
      store.lock!('k', task('c')),
    ]);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
  });

  it('runs tasks on different keys concurrently', async () => {
    const store = new MemoryTokenStore();
    let running = 0;
    let peak = 0;
    const task = async () => {
      running++;
      peak = Math.max(peak, running);
      await sleep(5);
      running--;
    };
    await Promise.all([store.lock!('a', task), store.lock!('b', task)]);
    expect(peak).toBe(2);
  });

  it('has no lock when built with { lock: false }', () => {
    const store = new MemoryTokenStore({ lock: false });
    expect(store.lock).toBeUndefined();
    expect('lock' in store).toBe(false);
    expect('lock' in new MemoryTokenStore()).toBe(true);
  });
});
