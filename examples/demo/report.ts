/** Text tables and the summaries the demo prints. Pure functions over normalized records. */
import type { Activity, DailySummary, DuplicateGroup, Sleep } from '@fitlink/core';

/**
 * Renders rows as an aligned text table with a header rule; `align` has one letter per
 * column, `l` or `r` (default: first column left, the others right).
 */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align = `l${'r'.repeat(Math.max(0, header.length - 1))}`,
): string {
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `  ${cells.map((cell, i) => (align[i] === 'r' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ')}`;
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
    total.energy += activity.energyKcal ?? 0;
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
    .map(([key, n]) => `    ${String(n).padStart(3)} × ${key}`)
    .join('\n');
  const short = (id: string) => (id.length > 22 ? `${id.slice(0, 21)}…` : id);
  const latest = groups
    .slice(-show)
    .map((group) => [
      group.preferred.startTime.slice(0, 16).replace('T', ' '),
      group.preferred.sport,
      short(group.preferred.id),
      group.duplicates.map((d) => short(d.id)).join(', '),
      group.reason.summary,
    ]);
  return `${shapes}\n\n  latest groups:\n${table(['start (UTC)', 'sport', 'kept', 'duplicates', 'why'], latest, 'llll')}`;
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
      sleep.score === null ? '—' : String(sleep.score),
    ]);
  }
  const recovery = [...days]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((day) => [
      day.date,
      day.provider,
      day.recoveryScore === null ? '—' : `${day.recoveryScore}%`,
      day.restingHeartRateBpm === null ? '—' : `${day.restingHeartRateBpm} bpm`,
      day.hrvRmssdMs === null ? '—' : `${day.hrvRmssdMs.toFixed(1)} ms`,
      day.strain === null ? '—' : String(day.strain),
    ]);
  return [
    table(['night ending', 'provider', 'asleep', 'deep', 'REM', 'score'], rows),
    '',
    table(['day', 'provider', 'recovery', 'resting HR', 'HRV (RMSSD)', 'strain'], recovery),
  ].join('\n');
}
