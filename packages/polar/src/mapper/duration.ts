import { ISO_DURATION_PATTERN, PROTOBUF_DURATION_PATTERN } from '../schemas/duration.js';

// Sums of decimal seconds keep nine digits (protobuf's nanoseconds) and no float noise.
const exact = (seconds: number) => Math.round(seconds * 1e9) / 1e9;

/**
 * Reads a protobuf JSON duration (`"80s"`, `"3.000000001s"`, `"-1.5s"`) as seconds, exactly to
 * the nanosecond; `null` for anything else (the schemas refuse such values first).
 *
 * @param text - The duration as v4 sends it.
 * @returns Seconds, or `null` when absent or unreadable.
 * @example
 * ```ts
 * parsePolarProtobufDuration('3.000000001s'); // 3.000000001
 * ```
 */
export function parsePolarProtobufDuration(text: string | null | undefined): number | null {
  if (typeof text !== 'string' || !PROTOBUF_DURATION_PATTERN.test(text)) return null;
  return exact(Number(text.slice(0, -1)));
}

/**
 * Reads an ISO 8601 duration as v3 sends it (`PT2H44M45S`, `PT0.5S`, `P1DT2H`) as seconds;
 * `null` for anything else, including years, months and weeks (whose length is not fixed).
 *
 * @param text - The duration.
 * @returns Seconds, or `null` when absent or unreadable.
 * @example
 * ```ts
 * parsePolarIsoDuration('PT2H44M45S'); // 9885
 * ```
 */
export function parsePolarIsoDuration(text: string | null | undefined): number | null {
  if (typeof text !== 'string') return null;
  const match = ISO_DURATION_PATTERN.exec(text);
  if (!match) return null;
  const [, days = '0', hours = '0', minutes = '0', seconds = '0'] = match;
  return exact(
    Number(days) * 86_400 + Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds),
  );
}
