import type { GoogleHealthDate } from '../schemas/fields.js';

/** A protobuf duration (`"3600s"`, `"-25200s"`, `"1.5s"`) in seconds; `null` when absent or malformed. */
export function durationSeconds(value: string | undefined): number | null {
  if (value === undefined) return null;
  const match = /^(-?\d+(?:\.\d+)?)s$/.exec(value);
  if (!match) return null;
  const seconds = Number(match[1]);
  return Number.isFinite(seconds) ? seconds : null;
}

/** A UTC offset duration in whole minutes (`"-25200s"` → `-420`); `null` when absent or out of range. */
export function offsetMinutes(value: string | undefined): number | null {
  const seconds = durationSeconds(value);
  if (seconds === null) return null;
  const minutes = Math.round(seconds / 60);
  return Math.abs(minutes) <= 18 * 60 ? minutes : null;
}

/** An int64 (decimal string or number) as a number; `null` when absent or not finite. */
export function int64Value(value: string | number | undefined): number | null {
  if (value === undefined) return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
}

/**
 * A value of a type with or without true zeros: present → the number; absent → `0` when the
 * type records true zeros and the point (or window) exists, else `null` (no data).
 */
export function presentOrTrueZero(value: number | null, trueZero: boolean): number | null {
  if (value !== null) return value;
  return trueZero ? 0 : null;
}

/** Seconds from `start` to `end`, `null` when either does not parse or end is before start. */
export function secondsBetween(start: string, end: string): number | null {
  const ms = Date.parse(end) - Date.parse(start);
  return Number.isFinite(ms) && ms >= 0 ? ms / 1000 : null;
}

/** A `google.type.Date` as `YYYY-MM-DD`. */
export function dateText(date: GoogleHealthDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** The last segment of a resource name (`users/me/dataTypes/exercise/dataPoints/42` → `42`). */
export function resourceId(name: string | undefined): string | undefined {
  if (name === undefined || name === '') return undefined;
  return name.slice(name.lastIndexOf('/') + 1) || undefined;
}
