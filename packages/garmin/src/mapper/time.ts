import { MAX_UTC_OFFSET_MINUTES, type Metrics } from '@fitlink/core';

/**
 * Reads Garmin's `startTimeOffsetInSeconds`: the offset of the device's display clock, which the
 * user may set anywhere within ±24 h. It is kept as the record's offset, never turned into a
 * time zone; an offset beyond the model's ±18 h is `null` there and kept in
 * `metrics.deviceClockOffsetSeconds` only.
 *
 * @param seconds - The offset in seconds, if any.
 * @returns The offset in minutes for `utcOffsetMinutes`, or `null`.
 */
export function garminOffsetMinutes(seconds: number | null | undefined): number | null {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return null;
  const minutes = seconds / 60;
  return Math.abs(minutes) > MAX_UTC_OFFSET_MINUTES ? null : minutes;
}

/** Puts the device clock's offset into `metrics` when Garmin sent one. */
export function putDeviceOffset(metrics: Metrics, seconds: number | null | undefined): void {
  if (typeof seconds === 'number' && Number.isFinite(seconds))
    metrics.deviceClockOffsetSeconds = seconds;
}

/** Epoch seconds → epoch milliseconds. */
export const secondsToMs = (seconds: number): number => seconds * 1000;
