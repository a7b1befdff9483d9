import type { Activity } from './activity.js';

/** Counts the normalized fields an activity fills (not `null`), `metrics` and `raw` aside. */
export function countFilledFields(activity: Activity): number {
  let filled = 0;
  for (const key in activity) {
    if (key === 'metrics' || key === 'raw' || !Object.hasOwn(activity, key)) continue;
    const value = activity[key as keyof Activity];
    if (value !== null && value !== undefined) filled += 1;
  }
  return filled;
}

/** Orders strings by code point, independent of locale. */
export function compareText(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}

/**
 * Builds the order in which duplicates are preferred: providers earlier in `providerPriority`
 * first (listed before unlisted), then the record with more filled fields, then provider id,
 * external id and id in code-point order, so the choice never depends on input order or locale.
 *
 * @param providerPriority - Provider ids, most trusted first.
 *
 * @example
 * ```ts
 * const [preferred] = [stravaRide, garminRide].sort(comparePreference(['garmin']));
 * preferred.provider; // 'garmin'
 * ```
 */
export function comparePreference(
  providerPriority: readonly string[] = [],
): (left: Activity, right: Activity) => number {
  const rank = new Map<string, number>();
  providerPriority.forEach((provider, index) => {
    if (!rank.has(provider)) rank.set(provider, index);
  });
  const rankOf = (activity: Activity): number =>
    rank.get(activity.provider) ?? Number.POSITIVE_INFINITY;
  // Counted once per record: a sort compares the same record many times.
  const filledCounts = new Map<Activity, number>();
  const filledOf = (activity: Activity): number => {
    let count = filledCounts.get(activity);
    if (count === undefined) {
      count = countFilledFields(activity);
      filledCounts.set(activity, count);
    }
    return count;
  };
  return (left, right) => {
    const byRank = rankOf(left) - rankOf(right);
    if (byRank !== 0 && !Number.isNaN(byRank)) return byRank;
    const byFilled = filledOf(right) - filledOf(left);
    if (byFilled !== 0) return byFilled;
    return (
      compareText(left.provider, right.provider) ||
      compareText(left.externalId, right.externalId) ||
      compareText(left.id, right.id)
    );
  };
}
