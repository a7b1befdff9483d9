import type { GoogleHealthCivilDateTime } from '../schemas/fields.js';

const iso = (ms: number) => new Date(ms).toISOString();
const offset = (minutes: number) => `${minutes * 60}s`;

/** The civil (local) date-time of an instant at an offset. */
export function civilOf(ms: number, utcOffsetMinutes: number): GoogleHealthCivilDateTime {
  const local = new Date(ms + utcOffsetMinutes * 60_000);
  return {
    date: {
      year: local.getUTCFullYear(),
      month: local.getUTCMonth() + 1,
      day: local.getUTCDate(),
    },
    time: {
      hours: local.getUTCHours(),
      minutes: local.getUTCMinutes(),
      seconds: local.getUTCSeconds(),
    },
  };
}

/** An interval with offsets and civil times, as Google renders one. */
export function intervalOf(startMs: number, endMs: number, utcOffsetMinutes: number) {
  return {
    startTime: iso(startMs),
    endTime: iso(endMs),
    startUtcOffset: offset(utcOffsetMinutes),
    endUtcOffset: offset(utcOffsetMinutes),
    civilStartTime: civilOf(startMs, utcOffsetMinutes),
    civilEndTime: civilOf(endMs, utcOffsetMinutes),
  };
}
