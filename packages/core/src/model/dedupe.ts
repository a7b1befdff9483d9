import type { Activity } from './activity.js';
import {
  type DedupeEntry,
  type DedupeTolerances,
  distanceDifference,
  durationDifference,
  isSameActivity,
} from './dedupe-match.js';
import { comparePreference, compareText } from './dedupe-preference.js';

/** How close two activities from different providers must be to count as the same one. */
export interface DedupeOptions {
  /** Largest difference between start times, in seconds. @defaultValue `120` */
  startToleranceSeconds?: number;
  /** Largest relative difference of durations (0.1 = 10 %). @defaultValue `0.1` */
  durationTolerance?: number;
  /** Largest relative difference of distances (0.05 = 5 %). @defaultValue `0.05` */
  distanceTolerance?: number;
  /** Provider ids, most trusted first; the first listed provider in a group is preferred. @defaultValue `[]` */
  providerPriority?: readonly string[];
  /** Also require the same sport family (`other` matches any family). @defaultValue `false` */
  sameSportFamily?: boolean;
}

/** Why a group was formed: the largest differences between the preferred record and the others. */
export interface DuplicateReason {
  /** Largest start-time difference, in seconds. */
  startDifferenceSeconds: number;
  /** Largest relative duration difference, or `null` when no durations were compared. */
  durationDifference: number | null;
  /** Largest relative distance difference, or `null` when no distances were compared. */
  distanceDifference: number | null;
  /** The same in words, such as `start within 30 s, duration within 1.2 %`. */
  summary: string;
}

/** Records from different providers that describe the same activity. */
export interface DuplicateGroup {
  /** The record to keep. */
  preferred: Activity;
  /** The other records, in preference order. */
  duplicates: Activity[];
  /** The differences that were within tolerance. */
  reason: DuplicateReason;
}

/** The outcome of {@link findDuplicates}. */
export interface DuplicateResult {
  /** Groups of two or more records, ordered by the preferred record's start. */
  groups: DuplicateGroup[];
}

function tolerance(value: number | undefined, fallback: number, name: string): number {
  const resolved = value ?? fallback;
  if (!Number.isFinite(resolved) || resolved < 0) {
    throw new RangeError(`${name} must be a finite number of zero or more, got ${resolved}`);
  }
  return resolved;
}

function resolveTolerances(options: DedupeOptions): DedupeTolerances {
  return {
    startToleranceMs: tolerance(options.startToleranceSeconds, 120, 'startToleranceSeconds') * 1000,
    durationTolerance: tolerance(options.durationTolerance, 0.1, 'durationTolerance'),
    distanceTolerance: tolerance(options.distanceTolerance, 0.05, 'distanceTolerance'),
    sameSportFamily: options.sameSportFamily ?? false,
  };
}

function describe(preferred: DedupeEntry, others: readonly DedupeEntry[]): DuplicateReason {
  let start = 0;
  let duration: number | null = null;
  let distance: number | null = null;
  for (const other of others) {
    start = Math.max(start, Math.abs(other.startMs - preferred.startMs) / 1000);
    const byDuration = durationDifference(preferred.activity, other.activity);
    if (byDuration !== null) duration = Math.max(duration ?? 0, byDuration);
    const byDistance = distanceDifference(preferred.activity, other.activity);
    if (byDistance !== null) distance = Math.max(distance ?? 0, byDistance);
  }
  const percent = (value: number): string => `${Math.round(value * 1000) / 10} %`;
  const parts = [`start within ${Math.round(start)} s`];
  if (duration !== null) parts.push(`duration within ${percent(duration)}`);
  if (distance !== null) parts.push(`distance within ${percent(distance)}`);
  const summary = parts.join(', ');
  return {
    startDifferenceSeconds: start,
    durationDifference: duration,
    distanceDifference: distance,
    summary,
  };
}

/**
 * Finds records from different providers that describe the same activity (the same ride
 * synced from Garmin and Strava): starts within a tolerance, similar duration and, when both
 * have one, similar distance. Every pair inside a group matches and a group holds at most one
 * record per provider; closest starts pair first, each record with the nearest match of each
 * other provider. Pure and deterministic: it sorts by start once and compares only records
 * inside the start window, so 10,000 activities take milliseconds.
 *
 * @throws RangeError when a tolerance is negative or not finite.
 *
 * @example
 * ```ts
 * const { groups } = findDuplicates([garminRide, stravaRide], { providerPriority: ['garmin'] });
 * groups[0]?.preferred.provider; // 'garmin'
 * ```
 */
export function findDuplicates(
  activities: readonly Activity[],
  options: DedupeOptions = {},
): DuplicateResult {
  const tolerances = resolveTolerances(options);
  const entries: DedupeEntry[] = activities
    .map((activity) => ({ activity, startMs: Date.parse(activity.startTime), index: 0 }))
    .filter((entry) => Number.isFinite(entry.startMs))
    .sort((x, y) => x.startMs - y.startMs || compareText(x.activity.id, y.activity.id));
  for (const [index, entry] of entries.entries()) entry.index = index;

  // Candidate pairs from a sweep over the start-sorted list: from each record, the nearest later
  // match per other provider only (a group holds one record per provider), which also keeps a
  // burst of records with one start time from turning quadratic.
  const otherProviders = new Set(entries.map((entry) => entry.activity.provider)).size - 1;
  const pairs: [gapMs: number, left: DedupeEntry, right: DedupeEntry][] = [];
  for (const left of entries) {
    const paired = new Set<string>();
    for (let position = left.index + 1; position < entries.length; position += 1) {
      const right = entries[position] as DedupeEntry;
      if (right.startMs - left.startMs > tolerances.startToleranceMs) break;
      if (paired.has(right.activity.provider) || !isSameActivity(left, right, tolerances)) continue;
      pairs.push([right.startMs - left.startMs, left, right]);
      paired.add(right.activity.provider);
      if (paired.size >= otherProviders) break;
    }
  }
  pairs.sort((x, y) => x[0] - y[0] || x[1].index - y[1].index || x[2].index - y[2].index);

  // Complete-linkage merging: two groups join only if every cross pair matches.
  const groupOf = entries.map((entry) => entry.index);
  const members = new Map<number, DedupeEntry[]>(entries.map((entry) => [entry.index, [entry]]));
  for (const [, left, right] of pairs) {
    const leftGroup = groupOf[left.index] ?? left.index;
    const rightGroup = groupOf[right.index] ?? right.index;
    if (leftGroup === rightGroup) continue;
    const leftMembers = members.get(leftGroup) ?? [];
    const rightMembers = members.get(rightGroup) ?? [];
    const compatible = leftMembers.every((a) =>
      rightMembers.every((b) => isSameActivity(a, b, tolerances)),
    );
    if (!compatible) continue;
    for (const member of rightMembers) groupOf[member.index] = leftGroup;
    members.set(leftGroup, [...leftMembers, ...rightMembers]);
    members.delete(rightGroup);
  }

  const prefer = comparePreference(options.providerPriority);
  const groups: DuplicateGroup[] = [];
  for (const group of members.values()) {
    if (group.length < 2) continue;
    const [preferred, ...others] = [...group].sort((x, y) => prefer(x.activity, y.activity));
    if (!preferred) continue;
    const duplicates = others.map((other) => other.activity);
    groups.push({ preferred: preferred.activity, duplicates, reason: describe(preferred, others) });
  }
  const startOf = (group: DuplicateGroup): number => Date.parse(group.preferred.startTime);
  groups.sort((x, y) => startOf(x) - startOf(y) || compareText(x.preferred.id, y.preferred.id));
  return { groups };
}

/**
 * Removes cross-provider duplicates, keeping each group's preferred record, and returns the
 * kept activities sorted by start time, then id (unparseable starts last).
 *
 * @throws RangeError when a tolerance is negative or not finite.
 *
 * @example
 * ```ts
 * const timeline = dedupeActivities([...garminActivities, ...stravaActivities], {
 *   providerPriority: ['garmin', 'strava'],
 * });
 * ```
 */
export function dedupeActivities(
  activities: readonly Activity[],
  options: DedupeOptions = {},
): Activity[] {
  const removed = new Set<Activity>();
  for (const group of findDuplicates(activities, options).groups) {
    for (const duplicate of group.duplicates) removed.add(duplicate);
  }
  const startOf = (activity: Activity): number => {
    const start = Date.parse(activity.startTime);
    return Number.isFinite(start) ? start : Number.POSITIVE_INFINITY;
  };
  return activities
    .filter((activity) => !removed.has(activity))
    .sort((x, y) => startOf(x) - startOf(y) || compareText(x.id, y.id));
}
