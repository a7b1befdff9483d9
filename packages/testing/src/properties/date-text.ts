/**
 * Date-like strings in provider payloads (`2026-10-04T04:41:00.000Z`, `2026-05-01T06:30:00`,
 * `2026-05-01`, `2022-11-09T15:01:39.44`): recognising them and writing another instant in the
 * same style, so fuzzed payloads keep each provider's own date format.
 */

const DATE_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:([T ])(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?(.*)$/;

/** 0000-01-01T00:00:00.000Z, the first instant ISO 8601 writes with four digits. */
export const MIN_INSTANT_MS = -62_167_219_200_000;
/** 9999-12-31T23:59:59.999Z, the last one. */
export const MAX_INSTANT_MS = 253_402_300_799_999;

/** Whether a value is a string that starts like an ISO 8601 date. */
export function isDateLike(value: unknown): value is string {
  return typeof value === 'string' && DATE_LIKE.test(value);
}

/** The instant a date-like string names when read as UTC (its zone ignored), or `undefined`. */
export function instantOf(text: string): number | undefined {
  const match = DATE_LIKE.exec(text);
  if (!match) return undefined;
  const [, year, month, day, , hour = '0', minute = '0', second = '0'] = match;
  const date = new Date(0);
  date.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  date.setUTCHours(Number(hour), Number(minute), Number(second), 0);
  const ms = date.getTime();
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * Writes an instant in the style of a sample: same separator, same parts (date only, minutes,
 * seconds, the number of fraction digits) and the same trailing zone text. The wall time is the
 * instant's UTC time, whatever zone the sample names: fuzzing needs the format, not the zone.
 *
 * @param sample - A date-like string whose style to keep.
 * @param ms - Epoch milliseconds, clamped to years 0000–9999.
 * @returns The new string, or the sample unchanged when it is not date-like.
 */
export function retime(sample: string, ms: number): string {
  const match = DATE_LIKE.exec(sample);
  if (!match) return sample;
  const [, , , , separator, , , second, fraction, rest = ''] = match;
  const clamped = Math.min(MAX_INSTANT_MS, Math.max(MIN_INSTANT_MS, Math.round(ms)));
  const iso = new Date(clamped).toISOString();
  let text = iso.slice(0, 10);
  if (separator !== undefined) {
    text += `${separator}${iso.slice(11, 16)}`;
    if (second !== undefined) {
      text += iso.slice(16, 19);
      if (fraction !== undefined)
        text += `.${`${iso.slice(20, 23)}000000`.slice(0, fraction.length)}`;
    }
  }
  return text + rest;
}

/**
 * Date texts a provider might send by mistake or that schemas often let through: empty,
 * blank, impossible calendar days and hours, zone-less, date-only, the ends of the ISO range,
 * other formats.
 */
export const BAD_DATE_TEXTS: readonly string[] = [
  '',
  ' ',
  'not a date',
  'null',
  '0',
  '2026-02-30T06:30:00.000Z',
  '2026-13-01T00:00:00Z',
  '2026-05-01T24:00:00Z',
  '2026-05-01T06:61:00Z',
  '2026-05-01T06:30:00',
  '2026-05-01',
  '2026-05-01T06:30:00+25:00',
  '0000-01-01T00:00:00.000Z',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00.000Z',
  '1970-01-01T00:00:00Z',
  '05/01/2026 06:30',
  'Fri, 01 May 2026 06:30:00 GMT',
];
