import { dateText, int64Value } from '../mapper/values.js';
import type { GoogleHealthDataPoint } from '../schemas/data-point.js';
import type { GoogleHealthCivilDateTime } from '../schemas/fields.js';
import type { GoogleHealthSandboxData } from './fake.js';

/** A roll-up value of a data type over some points, or `undefined` when there are none. */
function aggregate(
  dataType: string,
  points: readonly GoogleHealthDataPoint[],
): Record<string, unknown> | undefined {
  if (points.length === 0) return undefined;
  const sum = (read: (point: GoogleHealthDataPoint) => number | null) =>
    points.reduce((total, point) => total + (read(point) ?? 0), 0);
  // proto3: a zero sum is omitted, the window still returned (a true zero).
  const int64 = (value: number) => (value === 0 ? undefined : String(value));
  switch (dataType) {
    case 'steps': {
      const count = int64(sum((p) => int64Value(p.steps?.count)));
      return { steps: count === undefined ? {} : { countSum: count } };
    }
    case 'distance': {
      const mm = int64(sum((p) => int64Value(p.distance?.millimeters)));
      return { distance: mm === undefined ? {} : { millimetersSum: mm } };
    }
    case 'heart-rate': {
      const values = points
        .map((p) => int64Value(p.heartRate?.beatsPerMinute))
        .filter((v): v is number => v !== null);
      if (values.length === 0) return undefined;
      return {
        heartRate: {
          beatsPerMinuteAvg:
            Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10,
          beatsPerMinuteMin: Math.min(...values),
          beatsPerMinuteMax: Math.max(...values),
        },
      };
    }
    default:
      return undefined;
  }
}

const startOf = (point: GoogleHealthDataPoint): number => {
  const value = Object.values(point).find(
    (v): v is { interval?: { startTime: string }; sampleTime?: { physicalTime: string } } =>
      typeof v === 'object' && v !== null && ('interval' in v || 'sampleTime' in v),
  );
  return Date.parse(value?.interval?.startTime ?? value?.sampleTime?.physicalTime ?? '');
};

const civilDateOf = (point: GoogleHealthDataPoint): string | undefined => {
  const value = Object.values(point).find(
    (
      v,
    ): v is {
      interval?: { civilStartTime?: GoogleHealthCivilDateTime };
      sampleTime?: { civilTime?: GoogleHealthCivilDateTime };
    } => typeof v === 'object' && v !== null && ('interval' in v || 'sampleTime' in v),
  );
  const civil = value?.interval?.civilStartTime ?? value?.sampleTime?.civilTime;
  return civil ? dateText(civil.date) : undefined;
};

/** The `:rollUp` windows of a type over `[start, end)`: only windows with points. */
export function rollUpWindows(
  data: GoogleHealthSandboxData,
  dataType: string,
  startMs: number,
  endMs: number,
  windowMs: number,
): Record<string, unknown>[] {
  const points = (data.dataPoints[dataType] ?? []).filter((p) => {
    const at = startOf(p);
    return at >= startMs && at < endMs;
  });
  const windows: Record<string, unknown>[] = [];
  for (let from = startMs; from < endMs; from += windowMs) {
    const to = Math.min(from + windowMs, endMs);
    const value = aggregate(
      dataType,
      points.filter((p) => startOf(p) >= from && startOf(p) < to),
    );
    if (value)
      windows.push({
        startTime: new Date(from).toISOString(),
        endTime: new Date(to).toISOString(),
        ...value,
      });
  }
  return windows;
}

const civil = (date: string) => {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  return { date: { year, month, day } };
};

/** The `:dailyRollUp` windows (one day each) of a type over civil dates `[first, last)`. */
export function dailyRollUpWindows(
  data: GoogleHealthSandboxData,
  dataType: string,
  first: string,
  last: string,
): Record<string, unknown>[] {
  const windows: Record<string, unknown>[] = [];
  const dates = new Set<string>();
  for (
    let ms = Date.parse(`${first}T00:00:00Z`);
    ms < Date.parse(`${last}T00:00:00Z`);
    ms += 86_400_000
  ) {
    dates.add(new Date(ms).toISOString().slice(0, 10));
  }
  for (const date of dates) {
    const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    let value: Record<string, unknown> | undefined;
    if (dataType === 'total-calories') {
      const day = data.days.find((d) => d.date === date);
      value =
        day?.totalCaloriesKcal === null || day === undefined
          ? undefined
          : { totalCalories: { kcalSum: day.totalCaloriesKcal } };
    } else if (dataType === 'active-zone-minutes') {
      const exercises = (data.dataPoints.exercise ?? []).filter((p) => civilDateOf(p) === date);
      const total = exercises.reduce(
        (sum, p) => sum + (int64Value(p.exercise?.metricsSummary?.activeZoneMinutes) ?? 0),
        0,
      );
      value =
        exercises.length === 0
          ? undefined
          : { activeZoneMinutes: total === 0 ? {} : { sumInCardioHeartZone: String(total) } };
    } else {
      const points = (data.dataPoints[dataType] ?? []).filter((p) => civilDateOf(p) === date);
      value = aggregate(dataType, points);
    }
    if (value) windows.push({ civilStartTime: civil(date), civilEndTime: civil(next), ...value });
  }
  return windows;
}
