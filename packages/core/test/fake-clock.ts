import type { Clock } from '../src/index.js';

/** A clock whose sleeps advance virtual time instantly, recording each wait. */
export function createFakeClock(
  start = Date.parse('2026-11-22T10:00:00Z'),
): Clock & { waits: number[]; time: number } {
  const state = {
    time: start,
    waits: [] as number[],
    now: () => state.time,
    sleep: async (ms: number) => {
      state.waits.push(ms);
      state.time += ms;
    },
  };
  return state;
}
