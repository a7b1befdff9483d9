import { MAX_UTC_OFFSET_MINUTES } from '@fitlink/core';

/** How a COROS epoch value is read: seconds, milliseconds, or by its size. */
export type CorosTimeUnit = 'seconds' | 'milliseconds' | 'auto';

// 10^11 seconds is the year 5138; 10^11 milliseconds is 1973: nothing COROS holds is between.
const MILLISECONDS_FROM = 1e11;

/**
 * Epoch milliseconds of a COROS time value. Whether COROS sends seconds or milliseconds is not
 * published; `auto` reads a value of 10^11 or more as milliseconds, anything smaller as seconds.
 *
 * @param value - The epoch value.
 * @param unit - How to read it. @defaultValue 'auto'
 * @example
 * ```ts
 * corosInstantMs(1763622000); // 1763622000000
 * ```
 */
export function corosInstantMs(value: number, unit: CorosTimeUnit = 'auto'): number {
  if (unit === 'milliseconds') return value;
  if (unit === 'seconds') return value * 1000;
  return Math.abs(value) >= MILLISECONDS_FROM ? value : value * 1000;
}

/**
 * The UTC offset in minutes of a COROS time-zone field, which counts 15-minute units (32 is
 * UTC+08:00, -20 is UTC-05:00, 22 is UTC+05:30), or `null` when absent or not a valid offset.
 *
 * @param units - The `startTimezone`/`endTimezone` value.
 * @example
 * ```ts
 * corosOffsetMinutes(32); // 480
 * ```
 */
export function corosOffsetMinutes(units: number | null | undefined): number | null {
  if (typeof units !== 'number' || !Number.isInteger(units)) return null;
  const minutes = units * 15;
  return Math.abs(minutes) <= MAX_UTC_OFFSET_MINUTES ? minutes : null;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Epoch milliseconds of a COROS date-time that may be an epoch value, an ISO instant with an
 * offset, or a local `YYYY-MM-DD HH:mm[:ss]` placed with `offsetMinutes`; `null` when it cannot
 * be placed (a local time without an offset is not guessed).
 */
export function corosDateTimeMs(
  value: string | number | null | undefined,
  offsetMinutes: number | null,
  unit: CorosTimeUnit = 'auto',
): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? corosInstantMs(value, unit) : null;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return corosInstantMs(Number(text), unit);
  const local = LOCAL.exec(text);
  if (local) {
    if (offsetMinutes === null) return null;
    const [, y, mo, d, h, mi, s = '0'] = local;
    const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
    return Number.isFinite(wall) ? wall - offsetMinutes * 60_000 : null;
  }
  if (!/(?:z|[+-]\d{2}:?\d{2})$/i.test(text)) return null;
  const parsed = Date.parse(text.replace(' ', 'T'));
  return Number.isFinite(parsed) ? parsed : null;
}

/**
 * A COROS day (`happenDay`, `YYYYMMDD`) as `YYYY-MM-DD`; any other text is returned as it is,
 * so the model's date check names it.
 */
export function corosDay(happenDay: string | number): string {
  const text = String(happenDay);
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : text;
}
