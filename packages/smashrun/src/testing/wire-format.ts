/** Formats an offset in minutes as SmashRun writes it: `-06:00`, `+01:00`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  return `${sign}${hours}:${String(absolute % 60).padStart(2, '0')}`;
}

/** An instant as SmashRun's `startDateTimeLocal`: local wall time plus offset, no milliseconds. */
export function formatLocal(epochMs: number, offsetMinutes: number): string {
  const wall = new Date(epochMs + offsetMinutes * 60_000).toISOString().slice(0, 19);
  return `${wall}${formatOffset(offsetMinutes)}`;
}

/** An instant as SmashRun's `*UTC` fields: UTC without `Z`, hundredths of a second. */
export function formatUtc(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 22);
}
