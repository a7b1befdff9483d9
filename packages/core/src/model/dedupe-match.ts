import type { Activity } from './activity.js';
import { sportFamily } from './sport-family.js';

/** Dedupe tolerances with defaults applied and checked. */
export interface DedupeTolerances {
  /** Largest start difference, in milliseconds. */
  startToleranceMs: number;
  /** Largest relative duration difference. */
  durationTolerance: number;
  /** Largest relative distance difference. */
  distanceTolerance: number;
  /** Whether sport families must agree. */
  sameSportFamily: boolean;
}

/** An activity with its parsed start and its position in the start-sorted list. */
export interface DedupeEntry {
  /** The activity. */
  activity: Activity;
  /** `startTime` as epoch milliseconds. */
  startMs: number;
  /** Position in the start-sorted list. */
  index: number;
}

/** Relative difference of two amounts: `|a − b| / max(|a|, |b|)`, `0` when both are `0`. */
export function relativeDifference(left: number, right: number): number {
  const scale = Math.max(Math.abs(left), Math.abs(right));
  return scale === 0 ? 0 : Math.abs(left - right) / scale;
}

/** Compares elapsed times when both have one, else moving times, else gives `null`. */
export function durationDifference(left: Activity, right: Activity): number | null {
  if (left.elapsedSeconds !== null && right.elapsedSeconds !== null) {
    return relativeDifference(left.elapsedSeconds, right.elapsedSeconds);
  }
  if (left.movingSeconds !== null && right.movingSeconds !== null) {
    return relativeDifference(left.movingSeconds, right.movingSeconds);
  }
  return null;
}

/** Compares distances when both are known, else gives `null`. */
export function distanceDifference(left: Activity, right: Activity): number | null {
  if (left.distanceMetres === null || right.distanceMetres === null) return null;
  return relativeDifference(left.distanceMetres, right.distanceMetres);
}

/**
 * Tells whether two entries from different providers are within every tolerance. A duration
 * or distance that either record lacks is not compared.
 */
export function isSameActivity(
  left: DedupeEntry,
  right: DedupeEntry,
  tolerances: DedupeTolerances,
): boolean {
  const a = left.activity;
  const b = right.activity;
  if (a.provider === b.provider) return false;
  if (Math.abs(left.startMs - right.startMs) > tolerances.startToleranceMs) return false;
  if ((durationDifference(a, b) ?? 0) > tolerances.durationTolerance) return false;
  if ((distanceDifference(a, b) ?? 0) > tolerances.distanceTolerance) return false;
  if (!tolerances.sameSportFamily || a.sport === 'other' || b.sport === 'other') return true;
  return sportFamily(a.sport) === sportFamily(b.sport);
}
