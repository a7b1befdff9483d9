import { localToUtc } from '@fitlink/core';

/** An instant resolved from a TrainingPeaks local time. */
export interface ResolvedLocalTime {
  /** ISO 8601 UTC. */
  startTime: string;
  /** Offset at that instant, or `null` when no zone was known. */
  utcOffsetMinutes: number | null;
  /** The zone used, or `null` when none was known. */
  timeZone: string | null;
}

/**
 * Resolves a TrainingPeaks local time (no zone, e.g. `2026-05-01T06:30:00`) in the athlete's
 * IANA zone. Without a known zone it is read as UTC and the offset is `null`.
 *
 * @param local - The local date-time.
 * @param timeZone - The athlete's `TimeZone`.
 */
export function resolveLocalTime(
  local: string,
  timeZone: string | null | undefined,
): ResolvedLocalTime | null {
  if (timeZone) {
    const zoned = localToUtc(local, timeZone);
    if (zoned) return { ...zoned, timeZone };
  }
  const utc = localToUtc(local, 'UTC');
  return utc ? { startTime: utc.startTime, utcOffsetMinutes: null, timeZone: null } : null;
}
