import { roundTo } from '@fitlink/core';
import { encodeSmashrunPolyline } from '../polyline.js';
import type { SmashrunActivity } from '../schemas/activity.js';
import type { SmashrunBadge } from '../schemas/badge.js';
import type { SmashrunNotable } from '../schemas/notable.js';
import type { SmashrunSplit } from '../schemas/split.js';
import type { SmashrunStats } from '../schemas/stats.js';

const KM_PER_MILE = 1.609344;

function column(activity: SmashrunActivity, key: string): (number | null)[] | undefined {
  const index = activity.recordingKeys?.indexOf(key) ?? -1;
  return index < 0 ? undefined : activity.recordingValues?.[index];
}

/**
 * Splits of a recorded run over every kilometre or mile, from its recording: the distance
 * and time at the end of each split, the split's speed (km/h or mph) and average heart rate.
 * The last, partial split is kept.
 */
export function renderSmashrunSplits(
  activity: SmashrunActivity,
  unit: 'km' | 'mi',
): SmashrunSplit[] {
  const clock = column(activity, 'clock') ?? [];
  const distanceKm = column(activity, 'distance') ?? [];
  const heartRate = column(activity, 'heartRate') ?? [];
  const perUnit = unit === 'km' ? 1 : KM_PER_MILE;
  const splits: SmashrunSplit[] = [];
  let startIndex = 0;
  let next = 1;
  for (let i = 0; i < clock.length; i += 1) {
    const distance = (distanceKm[i] ?? 0) / perUnit;
    const last = i === clock.length - 1;
    if (distance < next && !(last && i > startIndex)) continue;
    const seconds = (clock[i] ?? 0) - (clock[startIndex] ?? 0);
    const covered = distance - (distanceKm[startIndex] ?? 0) / perUnit;
    const beats = heartRate.slice(startIndex, i + 1).filter((v): v is number => v !== null);
    splits.push({
      cumulativeDistance: roundTo(distance, 3),
      cumulativeSeconds: clock[i] ?? 0,
      speed: seconds > 0 ? roundTo((covered / seconds) * 3600, 2) : 0,
      heartRate:
        beats.length > 0 ? Math.round(beats.reduce((a, b) => a + b, 0) / beats.length) : null,
    });
    startIndex = i;
    next = Math.floor(distance) + 1;
  }
  return splits;
}

/** The route of a run with GPS as a Google encoded polyline, or `null` for a treadmill run. */
export function renderSmashrunPolyline(activity: SmashrunActivity): string | null {
  const lat = column(activity, 'latitude');
  const lng = column(activity, 'longitude');
  if (!lat || !lng) return null;
  const points: [number, number][] = [];
  lat.forEach((value, i) => {
    const other = lng[i];
    if (value !== null && other !== null && other !== undefined) points.push([value, other]);
  });
  return encodeSmashrunPolyline(points);
}

const DAY_MS = 86_400_000;
const startOf = (activity: SmashrunActivity) => Date.parse(activity.startDateTimeLocal);

/** Notables of a run against the runs before it: longest and fastest over 30 and 90 days. */
export function renderSmashrunNotables(
  activity: SmashrunActivity,
  all: readonly SmashrunActivity[],
): SmashrunNotable[] {
  const notables: SmashrunNotable[] = [];
  const pace = (run: SmashrunActivity) => run.duration / Math.max(run.distance, 0.001);
  for (const days of [90, 30]) {
    const earlier = all.filter(
      (run) =>
        startOf(run) < startOf(activity) && startOf(run) >= startOf(activity) - days * DAY_MS,
    );
    if (earlier.length === 0) continue;
    if (earlier.every((run) => run.distance < activity.distance)) {
      notables.push({ description: `Longest run in ${days} days`, order: notables.length + 1 });
    }
    if (earlier.every((run) => pace(run) > pace(activity))) {
      notables.push({
        description: `Fastest average pace in ${days} days`,
        order: notables.length + 1,
      });
    }
    if (notables.length > 0) break;
  }
  return notables;
}

/** Stats over the runs whose local start falls in the year (and month), or lifetime. */
export function renderSmashrunStats(
  activities: readonly SmashrunActivity[],
  year?: number,
  month?: number,
): SmashrunStats {
  const runs = activities.filter((run) => {
    const [y, m] = run.startDateTimeLocal.slice(0, 7).split('-').map(Number);
    return (year === undefined || y === year) && (month === undefined || m === month);
  });
  const distance = runs.reduce((sum, run) => sum + run.distance, 0);
  const seconds = runs.reduce((sum, run) => sum + run.duration, 0);
  const paceSeconds = distance > 0 ? Math.round(seconds / distance) : 0;
  const days = (am: boolean) =>
    new Set(
      runs
        .filter((run) => Number(run.startDateTimeLocal.slice(11, 13)) < 12 === am)
        .map((run) => run.startDateTimeLocal.slice(0, 10)),
    ).size;
  return {
    totalDistance: roundTo(distance, 3),
    runCount: runs.length,
    averageRunLength: runs.length > 0 ? roundTo(distance / runs.length, 3) : 0,
    averagePace: `${Math.floor(paceSeconds / 60)}:${String(paceSeconds % 60).padStart(2, '0')}`,
    daysRunAM: days(true),
    daysRunPM: days(false),
    longestRun: runs.reduce((longest, run) => Math.max(longest, run.distance), 0),
  };
}

/** Badges earned by the runs (oldest first): first run, 10 runs, a 10 km run, an early run. */
export function renderSmashrunBadges(activities: readonly SmashrunActivity[]): SmashrunBadge[] {
  const oldestFirst = [...activities].sort((a, b) => startOf(a) - startOf(b));
  const rules: {
    badgeId: number;
    name: string;
    requirement: string;
    test: (run: SmashrunActivity, n: number) => boolean;
  }[] = [
    { badgeId: 1, name: 'First Run', requirement: 'Record a run', test: () => true },
    { badgeId: 12, name: 'Decathlon', requirement: 'Record 10 runs', test: (_run, n) => n >= 10 },
    {
      badgeId: 31,
      name: 'Double Digits',
      requirement: 'Run 10 km',
      test: (run) => run.distance >= 10,
    },
    {
      badgeId: 44,
      name: 'Early Riser',
      requirement: 'Start a run before 6:30',
      test: (run) => run.startDateTimeLocal.slice(11, 16) < '06:30',
    },
  ];
  const badges: SmashrunBadge[] = [];
  for (const rule of rules) {
    const index = oldestFirst.findIndex((run, i) => rule.test(run, i + 1));
    const run = oldestFirst[index];
    if (run === undefined) continue;
    badges.push({
      badgeId: rule.badgeId,
      name: rule.name,
      image: `https://smashrun.com/images/badges/${rule.badgeId}.png`,
      imageSmall: `https://smashrun.com/images/badges/${rule.badgeId}-small.png`,
      requirement: rule.requirement,
      dateEarnedUTC: run.dateCreatedUTC?.slice(0, 19) ?? null,
      badgeOrder: badges.length + 1,
    });
  }
  return badges;
}
