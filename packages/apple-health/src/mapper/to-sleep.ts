import { createSleep, type Sleep, ValidationError, valueOrNull } from '@fitlink/core';
import type { AppleHealthSleepNight, AppleHealthSleepStage } from '../schemas/sleep.js';
import { readAppleHealthDate } from './date.js';
import { convertAppleHealthQuantity } from './units.js';

/** Options of {@link mapAppleHealthSleepNight}. */
export interface MapAppleHealthSleepNightOptions {
  /** The `sleep_analysis` metric's `units` (stage totals are in it). @defaultValue `'hr'` */
  units?: string | null;
  /** Keep the payload as `raw`. @defaultValue false */
  includeRaw?: boolean;
}

const unreadable = (path: string) =>
  new ValidationError('Health Auto Export sleep has an unreadable date', {
    endpoint: 'apple-health sleep',
    issues: [{ path: [path], code: 'invalid_format', message: 'expected yyyy-MM-dd HH:mm:ss Z' }],
  });

// The night's id is its first asleep instant (`sleepStart`), in UTC: the aggregated and the
// per-stage forms of one night share it, and it does not move when in-bed fields come and go
// between app versions (8.2.12 dropped `inBedStart`, 8.2.14 restored it).
const nightId = (time: string) => `sleep-${time}`;

/**
 * Maps one aggregated `sleep_analysis` night to a normalized `Sleep`: stage
 * totals converted from the metric's unit (hours) to seconds, `core` as light sleep, the in-bed
 * window when present (else the sleep window), efficiency from asleep over in-bed time.
 * `totalSleep` is the time asleep; `asleep` is only used when the night has no total (older
 * watches record sleep without stages).
 *
 * @param night - One aggregated night.
 * @param options - The metric's unit and whether to keep the payload.
 * @throws ValidationError when a date cannot be read or the record is invalid.
 * @example
 * ```ts
 * const sleep = mapAppleHealthSleepNight(night, { units: 'hr' });
 * sleep.deepSeconds; // 4140 for `deep: 1.15`
 * ```
 */
export function mapAppleHealthSleepNight(
  night: AppleHealthSleepNight,
  options: MapAppleHealthSleepNightOptions = {},
): Sleep {
  const units = options.units ?? 'hr';
  const seconds = (value: number | null | undefined) =>
    valueOrNull(convertAppleHealthQuantity(value, units, 'duration'), { nonNegative: true });
  const sleepStart = readAppleHealthDate(night.sleepStart);
  const sleepEnd = readAppleHealthDate(night.sleepEnd);
  if (sleepStart === null) throw unreadable('sleepStart');
  if (sleepEnd === null) throw unreadable('sleepEnd');
  const inBedStart = readAppleHealthDate(night.inBedStart);
  const inBedEnd = readAppleHealthDate(night.inBedEnd);
  const start = inBedStart !== null && inBedStart.time < sleepStart.time ? inBedStart : sleepStart;
  const end = inBedEnd !== null && inBedEnd.time > sleepEnd.time ? inBedEnd : sleepEnd;
  const asleep = seconds(night.totalSleep) ?? seconds(night.asleep);
  const inBed = seconds(night.inBed);
  const efficiency =
    asleep !== null && inBed !== null && inBed > 0 ? Math.min(100, (asleep / inBed) * 100) : null;
  return createSleep({
    provider: 'apple-health',
    externalId: nightId(sleepStart.time),
    startTime: start.time,
    endTime: end.time,
    utcOffsetMinutes: start.utcOffsetMinutes,
    durationSeconds: inBed ?? (Date.parse(end.time) - Date.parse(start.time)) / 1000,
    asleepSeconds: asleep,
    awakeSeconds: seconds(night.awake),
    lightSeconds: seconds(night.core),
    deepSeconds: seconds(night.deep),
    remSeconds: seconds(night.rem),
    efficiencyPercent: efficiency,
    isNap: null,
    metrics:
      (night.source ?? night.sleepSource)
        ? { source: night.source ?? night.sleepSource ?? null }
        : {},
    ...(options.includeRaw === true ? { raw: night } : {}),
  });
}

type Stage = 'light' | 'deep' | 'rem' | 'awake' | 'asleep' | 'inBed';
const STAGES: Readonly<Record<string, Stage>> = {
  core: 'light',
  deep: 'deep',
  rem: 'rem',
  awake: 'awake',
  asleep: 'asleep',
  'in bed': 'inBed',
  inbed: 'inBed',
};
// Rows further apart than this belong to different sleeps (a nap after the night).
const SESSION_GAP_MS = 60 * 60 * 1000;

interface Row {
  readonly stage: Stage | null;
  readonly startMs: number;
  readonly endMs: number;
  readonly start: NonNullable<ReturnType<typeof readAppleHealthDate>>;
}

/**
 * Maps un-aggregated `sleep_analysis` stage rows (`Core`, `Deep`, `REM`, `Awake`, `Asleep`,
 * `In Bed`) to normalized sleeps: rows are sorted and split into sessions wherever more than an
 * hour separates them, each stage's time is summed from the rows' own start and end (not the
 * rounded `qty`), and a session's id is its first asleep instant, as for the aggregated form.
 * Rows with an unreadable date or an unknown stage are left out of the sums.
 *
 * @param rows - Stage rows, in any order.
 * @throws ValidationError when a resulting record is invalid.
 * @example
 * ```ts
 * const [night] = mapAppleHealthSleepStages(rows);
 * night?.remSeconds;
 * ```
 */
export function mapAppleHealthSleepStages(rows: readonly AppleHealthSleepStage[]): Sleep[] {
  const read: Row[] = [];
  for (const row of rows) {
    const start = readAppleHealthDate(row.startDate);
    const end = readAppleHealthDate(row.endDate);
    if (start === null || end === null) continue;
    const startMs = Date.parse(start.time);
    const endMs = Date.parse(end.time);
    if (endMs < startMs) continue;
    const stage = STAGES[row.value.trim().toLowerCase()] ?? null;
    read.push({ stage, startMs, endMs, start });
  }
  read.sort((left, right) => left.startMs - right.startMs);
  const sessions: Row[][] = [];
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const row of read) {
    const current = sessions.at(-1);
    if (current === undefined || row.startMs - lastEnd > SESSION_GAP_MS) sessions.push([row]);
    else current.push(row);
    lastEnd = Math.max(lastEnd, row.endMs);
  }
  return sessions.map(sessionToSleep);
}

function sessionToSleep(rows: readonly Row[]): Sleep {
  const totals: Record<Stage, number> = {
    light: 0,
    deep: 0,
    rem: 0,
    awake: 0,
    asleep: 0,
    inBed: 0,
  };
  const seen = new Set<Stage>();
  for (const row of rows) {
    if (row.stage === null) continue;
    totals[row.stage] += (row.endMs - row.startMs) / 1000;
    seen.add(row.stage);
  }
  const first = rows[0] as Row;
  const startMs = first.startMs;
  const endMs = Math.max(...rows.map((row) => row.endMs));
  const asleepRows = rows.filter(
    (row) => row.stage !== null && row.stage !== 'awake' && row.stage !== 'inBed',
  );
  const firstAsleep = asleepRows[0] ?? first;
  const asleep = totals.light + totals.deep + totals.rem + totals.asleep;
  const span = (endMs - startMs) / 1000;
  const stageSeconds = (stage: Stage) => (seen.has(stage) ? totals[stage] : null);
  return createSleep({
    provider: 'apple-health',
    externalId: nightId(firstAsleep.start.time),
    startTime: startMs,
    endTime: endMs,
    utcOffsetMinutes: first.start.utcOffsetMinutes,
    durationSeconds: span,
    asleepSeconds: asleepRows.length > 0 ? asleep : null,
    awakeSeconds: stageSeconds('awake'),
    lightSeconds: stageSeconds('light'),
    deepSeconds: stageSeconds('deep'),
    remSeconds: stageSeconds('rem'),
    efficiencyPercent:
      span > 0 && asleepRows.length > 0 ? Math.min(100, (asleep / span) * 100) : null,
    isNap: null,
  });
}
