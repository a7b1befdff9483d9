import type { Activity, Play } from '@fitlink/core';

/** Options of {@link soundtrackOf} and {@link joinPlaysToActivities}. */
export interface SoundtrackOptions {
  /**
   * Widen each activity's window by this much on both sides (clock drift between the watch
   * and the phone, a track started while warming up).
   * @defaultValue 0
   */
  toleranceSeconds?: number;
}

/** An activity with the plays that happened during it. */
export interface ActivitySoundtrack {
  /** The activity. */
  activity: Activity;
  /** The plays that overlap it, oldest first. */
  plays: Play[];
}

const toMs = (iso: string): number => Date.parse(iso);

/** The activity's window `[start, end)` in epoch ms, or `undefined` when it has no duration. */
function activityWindow(activity: Activity, toleranceMs: number): [number, number] | undefined {
  const seconds = activity.elapsedSeconds ?? activity.movingSeconds;
  if (seconds === null) return undefined;
  const start = toMs(activity.startTime);
  return [start - toleranceMs, start + seconds * 1000 + toleranceMs];
}

/** A play's interval `[playedAt, playedAt + duration)`; zero length when the duration is unknown. */
function playInterval(play: Play): [number, number] {
  const start = toMs(play.playedAt);
  return [start, start + (play.durationSeconds ?? 0) * 1000];
}

function overlaps(window: [number, number], interval: [number, number]): boolean {
  const [start, end] = interval;
  // A zero-length play counts when its instant lies inside the window.
  return end > start
    ? start < window[1] && end > window[0]
    : start >= window[0] && start < window[1];
}

/**
 * The soundtrack of a workout: the plays whose interval (`playedAt` plus the track length)
 * overlaps the activity (`startTime` plus `elapsedSeconds`, or `movingSeconds`), oldest first.
 * An activity without a duration has no soundtrack.
 *
 * @param activity - A normalized activity from any provider.
 * @param plays - Normalized plays (from `client.listPlays` or `mapSpotifyPlay`), in any order.
 * @param options - Tolerance around the activity.
 *
 * @example
 * ```ts
 * import { soundtrackOf } from '@fitlink/spotify';
 * const tracks = soundtrackOf(ride, plays).map((play) => `${play.artists.join(', ')} – ${play.trackName}`);
 * ```
 */
export function soundtrackOf(
  activity: Activity,
  plays: readonly Play[],
  options: SoundtrackOptions = {},
): Play[] {
  const window = activityWindow(activity, (options.toleranceSeconds ?? 0) * 1000);
  if (window === undefined) return [];
  return plays
    .filter((play) => overlaps(window, playInterval(play)))
    .sort((a, b) => toMs(a.playedAt) - toMs(b.playedAt));
}

/**
 * Joins plays to the activities they happened during (by time window, as {@link soundtrackOf}):
 * one entry per activity, in the activities' order, with its plays oldest first. A play
 * overlapping two activities (the same ride from two providers) is in both.
 *
 * @param plays - Normalized plays.
 * @param activities - Normalized activities from any provider.
 * @param options - Tolerance around each activity.
 *
 * @example
 * ```ts
 * import { joinPlaysToActivities } from '@fitlink/spotify';
 * for (const { activity, plays: soundtrack } of joinPlaysToActivities(plays, activities)) {
 *   console.log(activity.name, soundtrack.length);
 * }
 * ```
 */
export function joinPlaysToActivities(
  plays: readonly Play[],
  activities: readonly Activity[],
  options: SoundtrackOptions = {},
): ActivitySoundtrack[] {
  const sorted = [...plays].sort((a, b) => toMs(a.playedAt) - toMs(b.playedAt));
  return activities.map((activity) => ({
    activity,
    plays: soundtrackOf(activity, sorted, options),
  }));
}
