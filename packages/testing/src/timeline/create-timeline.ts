import { createSeededRandom, type SeededRandom } from '../seeded-random.js';
import { SANDBOX_TRACKS, SPORT_PROFILES, SPORT_WEIGHTS } from './catalogue.js';
import type {
  SandboxPlay,
  SandboxRecoveryDay,
  SandboxSleep,
  SandboxSport,
  SandboxTimeline,
  SandboxWorkout,
} from './timeline-types.js';
import { localDate, zonedInstant, zoneOffsetMinutes } from './zone-time.js';

/** Settings of {@link createSandboxTimeline}. */
export interface SandboxTimelineOptions {
  /**
   * Seed of every random choice.
   * @defaultValue `1`
   */
  readonly seed?: number;
  /**
   * The timeline's end; nothing happens after it.
   * @defaultValue `Date.now()`
   */
  readonly now?: number;
  /**
   * How many days back the timeline starts.
   * @defaultValue `90`
   */
  readonly days?: number;
  /**
   * The athlete's home zone.
   * @defaultValue `'America/Denver'`
   */
  readonly homeZone?: string;
  /**
   * A zone the athlete travels to for five days in the middle of the timeline.
   * @defaultValue `'Europe/Berlin'`
   */
  readonly travelZone?: string;
}

const DAY_MS = 86_400_000;
const HOME_LATLNG: readonly [number, number] = [40.015, -105.2705];
const TRAVEL_LATLNG: readonly [number, number] = [52.52, 13.405];

function between(random: SeededRandom, [low, high]: readonly [number, number]): number {
  return low + random.next() * (high - low);
}

function pickSport(random: SeededRandom): SandboxSport {
  const total = SPORT_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [sport, weight] of SPORT_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return sport;
  }
  return 'run';
}

const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

function base62(random: SeededRandom, length: number): string {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let out = '';
  for (let i = 0; i < length; i += 1) out += alphabet[random.integer(0, 61)];
  return out;
}

interface WorkoutDraft {
  readonly index: number;
  readonly sport: SandboxSport;
  readonly startMs: number;
  readonly timeZone: string;
  readonly travelling: boolean;
}

function buildWorkout(random: SeededRandom, draft: WorkoutDraft): SandboxWorkout {
  const profile = SPORT_PROFILES[draft.sport];
  const elapsedSeconds = Math.round(between(random, profile.minutes) * 60);
  const movingSeconds = profile.speed === null ? elapsedSeconds : Math.round(elapsedSeconds * 0.96);
  const speed = profile.speed === null ? null : between(random, profile.speed);
  const distanceMeters = speed === null ? null : round(speed * movingSeconds, 1);
  const elevationGainMeters =
    profile.climbPerKm === null || distanceMeters === null
      ? null
      : round((between(random, profile.climbPerKm) * distanceMeters) / 1000, 1);
  const averagePowerWatts =
    profile.power === null ? null : Math.round(between(random, profile.power));
  const workKilojoules =
    averagePowerWatts === null ? null : round((averagePowerWatts * movingSeconds) / 1000, 1);
  // Human efficiency (~24%) makes metabolic kcal roughly equal to mechanical kJ.
  const energyKcal =
    workKilojoules === null
      ? Math.round(profile.kcalPerMinute * (elapsedSeconds / 60))
      : Math.round(workKilojoules * 1.04);
  const averageHeartRate = Math.round(between(random, profile.heartRate));
  const center = draft.travelling ? TRAVEL_LATLNG : HOME_LATLNG;
  const indoor = profile.indoor;
  return {
    id: `w-${draft.index + 1}`,
    index: draft.index,
    sport: draft.sport,
    title: random.pick(profile.titles),
    startMs: draft.startMs,
    timeZone: draft.timeZone,
    utcOffsetMinutes: zoneOffsetMinutes(draft.timeZone, draft.startMs),
    elapsedSeconds,
    movingSeconds,
    distanceMeters,
    elevationGainMeters,
    energyKcal,
    workKilojoules,
    averageHeartRate,
    maxHeartRate: averageHeartRate + random.integer(12, 28),
    averagePowerWatts,
    averageCadence: profile.cadence === null ? null : Math.round(between(random, profile.cadence)),
    indoor,
    startLatLng: indoor
      ? null
      : [
          round(center[0] + (random.next() - 0.5) * 0.05, 6),
          round(center[1] + (random.next() - 0.5) * 0.05, 6),
        ],
  };
}

function buildSleep(random: SeededRandom, index: number, startMs: number, timeZone: string) {
  const totalMs = Math.round(between(random, [6.4, 8.8]) * 3_600_000);
  const awakeMs = Math.round(totalMs * between(random, [0.04, 0.11]));
  const deepMs = Math.round(totalMs * between(random, [0.14, 0.22]));
  const remMs = Math.round(totalMs * between(random, [0.18, 0.25]));
  const sleep: SandboxSleep = {
    id: `s-${index + 1}`,
    startMs,
    endMs: startMs + totalMs,
    timeZone,
    utcOffsetMinutes: zoneOffsetMinutes(timeZone, startMs),
    awakeMs,
    lightMs: totalMs - awakeMs - deepMs - remMs,
    deepMs,
    remMs,
    score: random.integer(62, 98),
    efficiencyPercent: round(((totalMs - awakeMs) / totalMs) * 100, 1),
    respiratoryRate: round(between(random, [13.5, 16.5]), 1),
    disturbances: random.integer(1, 9),
  };
  return sleep;
}

/**
 * The sandbox athlete's last `days` days: workouts (rides, runs, rows, swims, strength, yoga…),
 * nights, mornings and the music played, seeded and deterministic. Every provider fake renders
 * the part it would record in its own wire shape, so the same ride shows up on several
 * providers (real cross-provider duplicates) and music lines up with workouts.
 *
 * @example
 * ```ts
 * const timeline = createSandboxTimeline({ seed: 7, now: Date.parse('2026-11-01T00:00:00Z') });
 * const rides = timeline.workouts.filter((w) => w.sport === 'ride');
 * ```
 */
export function createSandboxTimeline(options: SandboxTimelineOptions = {}): SandboxTimeline {
  const seed = options.seed ?? 1;
  const now = options.now ?? Date.now();
  const days = options.days ?? 90;
  const homeZone = options.homeZone ?? 'America/Denver';
  const travelZone = options.travelZone ?? 'Europe/Berlin';
  const random = createSeededRandom(seed);
  const fromMs = now - days * DAY_MS;
  const travelFrom = Math.floor(days / 2);

  const workouts: SandboxWorkout[] = [];
  const sleeps: SandboxSleep[] = [];
  const recovery: SandboxRecoveryDay[] = [];
  for (let day = 0; day <= days; day += 1) {
    const travelling = day >= travelFrom && day < travelFrom + 5;
    const timeZone = travelling ? travelZone : homeZone;
    const [year, month, date] = localDate(timeZone, fromMs + day * DAY_MS)
      .split('-')
      .map(Number);
    const local = { year: year ?? 1970, month: month ?? 1, day: date ?? 1 };

    const sessions = random.next() < 0.15 ? 0 : random.next() < 0.3 ? 2 : 1;
    for (let session = 0; session < sessions; session += 1) {
      const minutesOfDay =
        session === 0 ? random.integer(6 * 60, 7 * 60 + 30) : random.integer(17 * 60, 19 * 60);
      const startMs = zonedInstant(timeZone, { ...local, minutesOfDay });
      const sport = pickSport(random);
      const workout = buildWorkout(random, {
        index: workouts.length,
        sport,
        startMs,
        timeZone,
        travelling,
      });
      if (startMs >= fromMs && startMs + workout.elapsedSeconds * 1000 <= now) {
        workouts.push(workout);
      }
    }

    const bedtime = zonedInstant(timeZone, { ...local, minutesOfDay: random.integer(1290, 1425) });
    const sleep = buildSleep(random, sleeps.length, bedtime, timeZone);
    if (sleep.startMs < fromMs || sleep.endMs > now) continue;
    sleeps.push(sleep);
    recovery.push({
      date: localDate(timeZone, sleep.endMs),
      sleepId: sleep.id,
      startMs: sleep.endMs,
      recoveryScore: random.integer(28, 96),
      restingHeartRate: random.integer(46, 58),
      hrvRmssdMs: round(between(random, [38, 92]), 1),
      spo2Percent: round(between(random, [94.5, 98.8]), 1),
      skinTempCelsius: round(between(random, [33.2, 34.6]), 2),
      strain: round(between(random, [6, 18.5]), 1),
      steps: random.integer(4200, 16800),
    });
  }

  const plays: SandboxPlay[] = [];
  const tracks = SANDBOX_TRACKS.map(([name, artist, album, seconds]) => ({
    trackId: base62(random, 22),
    name,
    artist,
    album,
    seconds,
  }));
  const play = (playedAtMs: number, workoutId: string | null) => {
    const track = tracks[random.integer(0, tracks.length - 1)] ?? tracks[0];
    if (track === undefined) return 0;
    plays.push({
      id: `p-${plays.length + 1}`,
      playedAtMs,
      trackId: track.trackId,
      trackName: track.name,
      artists: [track.artist],
      album: track.album,
      durationMs: track.seconds * 1000,
      workoutId,
    });
    return track.seconds * 1000;
  };
  for (const workout of workouts) {
    if (!SPORT_PROFILES[workout.sport].music) continue;
    const endMs = workout.startMs + workout.elapsedSeconds * 1000;
    let at = workout.startMs + 20_000;
    while (at < endMs - 30_000) at += play(at, workout.id);
  }
  plays.sort((a, b) => a.playedAtMs - b.playedAtMs);
  return { seed, fromMs, toMs: now, workouts, sleeps, recovery, plays };
}
