/**
 * Sports the sandbox athlete does, named as in `@fitlink/core`'s taxonomy so provider fakes
 * can render each one in their own vocabulary.
 */
export type SandboxSport =
  | 'ride'
  | 'indoor_ride'
  | 'run'
  | 'treadmill_run'
  | 'walk'
  | 'hike'
  | 'swim'
  | 'indoor_row'
  | 'strength'
  | 'yoga'
  | 'meditation';

/** One workout of the sandbox athlete, as the world saw it (every provider renders a subset). */
export interface SandboxWorkout {
  /** Stable id within the timeline (`w-<n>`); providers derive their own ids from it. */
  readonly id: string;
  /** 0-based position in the timeline, oldest first. */
  readonly index: number;
  /** The sport. */
  readonly sport: SandboxSport;
  /** A title as an app would show it. */
  readonly title: string;
  /** Start instant, epoch milliseconds. */
  readonly startMs: number;
  /** IANA zone the athlete was in. */
  readonly timeZone: string;
  /** UTC offset in minutes at the start (e.g. -360 for Denver in summer). */
  readonly utcOffsetMinutes: number;
  /** Elapsed time, seconds. */
  readonly elapsedSeconds: number;
  /** Moving time, seconds. */
  readonly movingSeconds: number;
  /** Distance in metres, or `null` for workouts without one (strength, yoga…). */
  readonly distanceMeters: number | null;
  /** Elevation gain in metres, or `null` indoors. */
  readonly elevationGainMeters: number | null;
  /** Energy in kilocalories. */
  readonly energyKcal: number;
  /** Mechanical work in kilojoules, for rides and rows (`null` otherwise). */
  readonly workKilojoules: number | null;
  /** Average heart rate, bpm. */
  readonly averageHeartRate: number;
  /** Maximum heart rate, bpm. */
  readonly maxHeartRate: number;
  /** Average power in watts, for rides and rows (`null` otherwise). */
  readonly averagePowerWatts: number | null;
  /** Average cadence (rpm for rides and rows, steps per minute for runs), or `null`. */
  readonly averageCadence: number | null;
  /** Whether it happened indoors (no GPS track). */
  readonly indoor: boolean;
  /** Start of the GPS track (`[lat, lng]`), or `null` indoors. */
  readonly startLatLng: readonly [number, number] | null;
}

/** One night of sleep of the sandbox athlete. */
export interface SandboxSleep {
  /** Stable id (`s-<n>`). */
  readonly id: string;
  /** Bedtime, epoch milliseconds. */
  readonly startMs: number;
  /** Wake-up, epoch milliseconds. */
  readonly endMs: number;
  /** IANA zone. */
  readonly timeZone: string;
  /** UTC offset in minutes at bedtime. */
  readonly utcOffsetMinutes: number;
  /** Time in bed awake, milliseconds. */
  readonly awakeMs: number;
  /** Light sleep, milliseconds. */
  readonly lightMs: number;
  /** Deep (slow-wave) sleep, milliseconds. */
  readonly deepMs: number;
  /** REM sleep, milliseconds. */
  readonly remMs: number;
  /** Sleep performance / score, 0–100. */
  readonly score: number;
  /** Efficiency, percent of time in bed asleep. */
  readonly efficiencyPercent: number;
  /** Breaths per minute. */
  readonly respiratoryRate: number;
  /** Wake-ups. */
  readonly disturbances: number;
}

/** One day's recovery and strain of the sandbox athlete (the morning after a sleep). */
export interface SandboxRecoveryDay {
  /** Local calendar date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Id of the night that ended this morning. */
  readonly sleepId: string;
  /** Start of the physiological day (the wake-up), epoch milliseconds. */
  readonly startMs: number;
  /** Recovery / readiness score, 0–100. */
  readonly recoveryScore: number;
  /** Resting heart rate, bpm. */
  readonly restingHeartRate: number;
  /** HRV RMSSD, milliseconds. */
  readonly hrvRmssdMs: number;
  /** SpO2, percent. */
  readonly spo2Percent: number;
  /** Skin temperature, °C. */
  readonly skinTempCelsius: number;
  /** Day strain on WHOOP's 0–21 scale. */
  readonly strain: number;
  /** Steps walked. */
  readonly steps: number;
}

/** One track the sandbox athlete played. */
export interface SandboxPlay {
  /** Stable id (`p-<n>`). */
  readonly id: string;
  /** When the track started, epoch milliseconds. */
  readonly playedAtMs: number;
  /** Track id (22 base-62 characters, Spotify's shape). */
  readonly trackId: string;
  /** Track name. */
  readonly trackName: string;
  /** Artist names. */
  readonly artists: readonly string[];
  /** Album name. */
  readonly album: string;
  /** Track length, milliseconds. */
  readonly durationMs: number;
  /** The workout it was played during, if any. */
  readonly workoutId: string | null;
}

/** Everything the sandbox athlete did over the timeline's days. */
export interface SandboxTimeline {
  /** The seed. */
  readonly seed: number;
  /** First instant covered, epoch milliseconds. */
  readonly fromMs: number;
  /** Last instant covered (the timeline's `now`), epoch milliseconds. */
  readonly toMs: number;
  /** Workouts, oldest first. */
  readonly workouts: readonly SandboxWorkout[];
  /** Nights, oldest first. */
  readonly sleeps: readonly SandboxSleep[];
  /** Mornings, oldest first. */
  readonly recovery: readonly SandboxRecoveryDay[];
  /** Plays, oldest first. */
  readonly plays: readonly SandboxPlay[];
}
