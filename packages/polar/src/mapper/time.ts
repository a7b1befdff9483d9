import { localToUtc, parseOffset, toUtcIso, ValidationError } from '@fitlink/core';

/** A local date-time resolved to a UTC instant, with the offset it was read with. */
export interface PolarInstant {
  /** ISO 8601 UTC. */
  utc: string;
  /** Offset of the local time from UTC, minutes (`null` when only a zone name gave it). */
  offsetMinutes: number | null;
}

const ZONE = /(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Resolves a Polar local date-time. Polar writes some times with an offset and some without
 * (v3's `start-time`, v4 on some queries): a time with its own zone is used as it is; a bare
 * local time takes `offsetMinutes` when the payload has it, else the IANA `timeZone` the app
 * knows for the user. Without either the instant is unknowable: a `ValidationError`, never a
 * guess at UTC.
 *
 * @param local - The date-time as sent.
 * @param context - The offset that goes with it, a fallback zone, and the field for errors.
 */
export function resolvePolarLocalTime(
  local: string,
  context: {
    offsetMinutes?: number | null | undefined;
    timeZone?: string | undefined;
    path: string;
  },
): PolarInstant {
  const zone = ZONE.exec(local)?.[1];
  if (zone !== undefined) {
    const utc = toUtcIso(local);
    if (utc !== null) return { utc, offsetMinutes: parseOffset(zone) };
  } else if (context.offsetMinutes != null && Number.isFinite(context.offsetMinutes)) {
    const offset = context.offsetMinutes;
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(Math.trunc(offset));
    const designator = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    const utc = toUtcIso(`${local}${designator}`);
    if (utc !== null) return { utc, offsetMinutes: offset === 0 ? 0 : Math.trunc(offset) };
  } else if (context.timeZone !== undefined) {
    const zoned = localToUtc(local, context.timeZone);
    if (zoned !== null) return { utc: zoned.startTime, offsetMinutes: zoned.utcOffsetMinutes };
  }
  throw new ValidationError(`polar: cannot place ${context.path} in time`, {
    provider: 'polar',
    endpoint: 'mapper',
    issues: [
      {
        path: [context.path],
        code: 'invalid_instant',
        message:
          'a local time without an offset, and no offset field or timeZone to resolve it with',
      },
    ],
  });
}
