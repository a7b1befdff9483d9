/**
 * Writes an instant the way Health Auto Export does: `yyyy-MM-dd HH:mm:ss Z`, in the local time
 * of the given offset (`2026-08-26 07:02:00 -0400`).
 *
 * @param epochMs - The instant.
 * @param utcOffsetMinutes - The phone's offset at that instant.
 * @example
 * ```ts
 * formatAppleHealthDate(Date.parse('2026-08-26T11:02:00Z'), -240); // '2026-08-26 07:02:00 -0400'
 * ```
 */
export function formatAppleHealthDate(epochMs: number, utcOffsetMinutes: number): string {
  const local = new Date(epochMs + utcOffsetMinutes * 60_000).toISOString();
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const magnitude = Math.abs(utcOffsetMinutes);
  const hours = String(Math.floor(magnitude / 60)).padStart(2, '0');
  const minutes = String(magnitude % 60).padStart(2, '0');
  return `${local.slice(0, 10)} ${local.slice(11, 19)} ${sign}${hours}${minutes}`;
}
