const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The UTC offset of `timeZone` at `epochMs`, in minutes (east positive: Berlin +60, Denver -420). */
export function zoneOffsetMinutes(timeZone: string, epochMs: number): number {
  const name =
    formatter(timeZone)
      .formatToParts(epochMs)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (match === null) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The instant at which the wall clock in `timeZone` shows the given local date and time. */
export function zonedInstant(
  timeZone: string,
  local: { year: number; month: number; day: number; minutesOfDay: number },
): number {
  const wall = Date.UTC(local.year, local.month - 1, local.day) + local.minutesOfDay * 60_000;
  let guess = wall - zoneOffsetMinutes(timeZone, wall) * 60_000;
  guess = wall - zoneOffsetMinutes(timeZone, guess) * 60_000;
  return guess;
}

/** The local calendar date (`YYYY-MM-DD`) in `timeZone` at `epochMs`. */
export function localDate(timeZone: string, epochMs: number): string {
  return new Date(epochMs + zoneOffsetMinutes(timeZone, epochMs) * 60_000)
    .toISOString()
    .slice(0, 10);
}
