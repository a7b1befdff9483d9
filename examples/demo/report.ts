/** Text tables and the summaries the demo prints. Pure functions over normalized records. */
import type { Activity, DailySummary, DuplicateGroup, Sleep } from '@fitlink/core';

/** Columns the demo's output fits in: every printed line is at most this wide. */
export const WIDTH = 100;

/**
 * Breaks text into lines of at most `width` characters at spaces (a word longer than the
 * width is cut). Always returns at least one line.
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(' ')) {
    while (word.length > width) {
      if (line !== '') lines.push(line);
      lines.push(word.slice(0, width));
      word = word.slice(width);
      line = '';
    }
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines;
}

/** Text wrapped to {@link WIDTH} with `indent` before every line (the demo's free text). */
export function paragraph(text: string, indent = '  '): string {
  return wrap(text, WIDTH - indent.length)
    .map((line) => `${indent}${line}`)
    .join('\n');
}

/** Cuts a single line to `width` characters, ending with … when it was longer. */
export function clip(text: string, width = WIDTH): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/**
 * Renders rows as an aligned text table with a header rule; `align` has one letter per
 * column, `l` or `r` (default: first column left, the others right). When the table is wider
 * than `width`, the widest left-aligned columns are narrowed and their cells wrapped onto
 * continuation lines, so no line is longer than `width`.
 */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align = `l${'r'.repeat(Math.max(0, header.length - 1))}`,
  width = WIDTH,
): string {
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const total = () => 2 + widths.reduce((sum, w) => sum + w, 0) + 2 * (widths.length - 1);
  // Narrow the widest left-aligned column first, down to 12 columns or its header's width.
  const narrowable = widths.map((_, i) => i).filter((i) => align[i] !== 'r');
  while (total() > width) {
    const floor = (i: number) => Math.max(12, header[i]?.length ?? 0);
    const candidates = narrowable.filter((i) => (widths[i] ?? 0) > floor(i));
    if (candidates.length === 0) break;
    const widest = candidates.reduce((a, b) => ((widths[b] ?? 0) > (widths[a] ?? 0) ? b : a));
    widths[widest] = Math.max(floor(widest), (widths[widest] ?? 0) - (total() - width));
  }
  const cell = (text: string, i: number) =>
    align[i] === 'r' ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0);
  const line = (cells: readonly string[]) => {
    const wrapped = widths.map((w, i) => wrap(cells[i] ?? '', w));
    const height = Math.max(...wrapped.map((parts) => parts.length));
    return Array.from({ length: height }, (_, k) =>
      `  ${wrapped.map((parts, i) => cell(parts[k] ?? '', i)).join('  ')}`.trimEnd(),
    ).join('\n');
  };
  return [line(header), `  ${widths.map((w) => '─'.repeat(w)).join('  ')}`, ...rows.map(line)].join(
    '\n',
  );
}

const km = (metres: number) => `${(metres / 1000).toFixed(1)} km`;
const hours = (seconds: number) => {
  const h = Math.floor(seconds / 3600);
  const m = Math.round((seconds % 3600) / 60);
  return `${h}h${String(m).padStart(2, '0')}`;
};

/** Activities per provider and sport. */
export function perProviderAndSport(activities: readonly Activity[]): string {
  const counts = new Map<string, Map<string, number>>();
  for (const activity of activities) {
    const bySport = counts.get(activity.provider) ?? new Map<string, number>();
    bySport.set(activity.sport, (bySport.get(activity.sport) ?? 0) + 1);
    counts.set(activity.provider, bySport);
  }
  const rows = [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([provider, bySport]) => {
      const total = [...bySport.values()].reduce((sum, n) => sum + n, 0);
      const sports = [...bySport.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([sport, n]) => `${sport} ${n}`)
        .join(', ');
      return [provider, String(total), sports];
    });
  return table(
    ['provider', 'activities', 'by sport'],
    rows.map(([p, n, s]) => [p ?? '', n ?? '', s ?? '']),
    'lrl',
  );
}

/** Monday (UTC) of the ISO week an instant falls in, as YYYY-MM-DD. */
export function weekOf(iso: string): string {
  const date = new Date(iso);
  const day = (date.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day))
    .toISOString()
    .slice(0, 10);
}

/** Weekly distance, time and energy over de-duplicated activities (one record per workout). */
export function weeklyTotals(activities: readonly Activity[]): string {
  const weeks = new Map<
    string,
    { n: number; distance: number; time: number; energy: number; providers: Set<string> }
  >();
  for (const activity of activities) {
    const week = weekOf(activity.startTime);
    const total = weeks.get(week) ?? {
      n: 0,
      distance: 0,
      time: 0,
      energy: 0,
      providers: new Set(),
    };
    total.n += 1;
    total.distance += activity.distanceMetres ?? 0;
    total.time += activity.elapsedSeconds ?? 0;
    // Energy expended as the providers estimate it; work converted by a rule is not mixed in.
    if (activity.energySource === 'provider') total.energy += activity.energyKcal ?? 0;
    total.providers.add(activity.provider);
    weeks.set(week, total);
  }
  const rows = [...weeks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, t]) => [
      `week of ${week}`,
      String(t.n),
      km(t.distance),
      hours(t.time),
      `${Math.round(t.energy).toLocaleString('en-US')} kcal`,
      [...t.providers].sort().join(' '),
    ]);
  return table(
    ['week', 'workouts', 'distance', 'time', 'energy', 'kept records from'],
    rows,
    'lrrrrl',
  );
}

/** Duplicate groups: what was kept and why. */
export function duplicateSummary(groups: readonly DuplicateGroup[], show = 6): string {
  const byProviders = new Map<string, number>();
  for (const group of groups) {
    const key = [group.preferred, ...group.duplicates].map((a) => a.provider).join(' = ');
    byProviders.set(key, (byProviders.get(key) ?? 0) + 1);
  }
  const shapes = [...byProviders.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => {
      // Twelve providers recording the same workout do not fit one line: continue under it.
      const [first = '', ...rest] = wrap(key, WIDTH - 10);
      return [
        `    ${String(n).padStart(3)} × ${first}`,
        ...rest.map((line) => `          ${line}`),
      ].join('\n');
    })
    .join('\n');
  const within = (value: number | null) =>
    value === null ? '—' : `${Math.round(value * 1000) / 10} %`;
  const latest = groups
    .slice(-show)
    .map((group) => [
      group.preferred.startTime.slice(0, 16).replace('T', ' '),
      group.preferred.sport,
      group.preferred.provider,
      group.duplicates.map((d) => d.provider).join(' '),
      `${Math.round(group.reason.startDifferenceSeconds)} s`,
      within(group.reason.durationDifference),
      within(group.reason.distanceDifference),
    ]);
  return `${shapes}\n\n  latest groups (records in demo-output/duplicates.json), largest differences:\n${table(
    ['start (UTC)', 'sport', 'kept', 'duplicates from', 'Δstart', 'Δtime', 'Δdist'],
    latest,
    'llllrrr',
  )}`;
}

/** Sleep and recovery of the last nights, one row per night, one column group per provider. */
export function sleepAndRecovery(sleeps: readonly Sleep[], days: readonly DailySummary[]): string {
  const rows: string[][] = [];
  for (const sleep of [...sleeps].sort((a, b) => a.startTime.localeCompare(b.startTime))) {
    const asleep = sleep.asleepSeconds ?? null;
    rows.push([
      sleep.endTime.slice(0, 10),
      sleep.provider,
      asleep === null ? '—' : hours(asleep),
      sleep.deepSeconds === null ? '—' : hours(sleep.deepSeconds),
      sleep.remSeconds === null ? '—' : hours(sleep.remSeconds),
      sleep.score === null ? '—' : String(Math.round(sleep.score)),
    ]);
  }
  const recovery = [...days]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((day) => [
      day.date,
      day.provider,
      day.recoveryScore === null ? '—' : `${Math.round(day.recoveryScore)} %`,
      day.restingHeartRateBpm === null ? '—' : `${Math.round(day.restingHeartRateBpm)} bpm`,
      day.hrvRmssdMs === null ? '—' : `${day.hrvRmssdMs.toFixed(1)} ms`,
      // WHOOP's strain is a 0–21 scale shown with one decimal (15.8685 → 15.9).
      day.strain === null ? '—' : day.strain.toFixed(1),
    ]);
  return [
    table(['night ending', 'provider', 'asleep', 'deep', 'REM', 'score'], rows, 'llrrrr'),
    '',
    table(
      ['day', 'provider', 'recovery', 'resting HR', 'HRV (RMSSD)', 'strain'],
      recovery,
      'llrrrr',
    ),
  ].join('\n');
}
