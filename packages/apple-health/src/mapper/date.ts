import { parseOffset, toUtcIso } from '@fitlink/core';

/** A Health Auto Export date-time read: the UTC instant, the phone's offset and its local day. */
export interface AppleHealthInstant {
  /** ISO 8601 UTC with milliseconds. */
  readonly time: string;
  /** The offset written on the sample, in minutes (east positive). */
  readonly utcOffsetMinutes: number;
  /** The local calendar day written on the sample, `yyyy-MM-dd`. */
  readonly localDate: string;
}

const OFFSET_AT_END = /\s*([+-]\d{2}:?\d{2}|Z)$/i;

/**
 * Reads `yyyy-MM-dd HH:mm:ss Z` (`2026-08-26 07:02:00 -0400`): each sample carries its own
 * offset (a traveller's batch mixes them), so the offset is read per sample, never assumed.
 * A string without an offset or that cannot be read gives `null`.
 *
 * @param text - The date as the app wrote it.
 * @example
 * ```ts
 * readAppleHealthDate('2026-08-26 07:02:00 -0400');
 * // { time: '2026-08-26T11:02:00.000Z', utcOffsetMinutes: -240, localDate: '2026-08-26' }
 * ```
 */
export function readAppleHealthDate(text: string | null | undefined): AppleHealthInstant | null {
  if (typeof text !== 'string') return null;
  const trimmed = text.trim();
  const zone = OFFSET_AT_END.exec(trimmed)?.[1];
  const offset = zone === undefined ? null : parseOffset(zone);
  const time = toUtcIso(trimmed);
  if (time === null || offset === null) return null;
  return { time, utcOffsetMinutes: offset, localDate: trimmed.slice(0, 10) };
}
