import { afterEach, describe, expect, it } from 'vitest';
import { patchDenoBroadcastChannel } from '../../src/deno.js';

const global = globalThis as { Deno?: unknown; BroadcastChannel?: unknown };
const original = global.BroadcastChannel;

afterEach(() => {
  delete global.Deno;
  global.BroadcastChannel = original;
});

describe('patchDenoBroadcastChannel', () => {
  it('changes nothing outside Deno', () => {
    expect(patchDenoBroadcastChannel()).toBe(false);
  });

  it("gives a Deno-shaped channel ref() and unref() that drive Deno's internal switch", () => {
    const refSwitch = Symbol('refBroadcastChannel');
    const calls: boolean[] = [];
    class DenoLikeChannel {
      [refSwitch](on: boolean): void {
        calls.push(on);
      }
    }
    global.Deno = {};
    global.BroadcastChannel = DenoLikeChannel;
    expect(patchDenoBroadcastChannel()).toBe(true);
    const channel = new DenoLikeChannel() as unknown as { ref(): void; unref(): void };
    channel.unref();
    channel.ref();
    expect(calls).toEqual([false, true]);
    expect(patchDenoBroadcastChannel()).toBe(false); // already has unref
  });

  it('leaves a Deno channel without the internal switch alone', () => {
    global.Deno = {};
    global.BroadcastChannel = class {};
    expect(patchDenoBroadcastChannel()).toBe(false);
  });
});
