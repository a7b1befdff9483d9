import type { SandboxSport } from './timeline-types.js';

/** Invented tracks (no real artist or song): `[name, artist, album, seconds]`. */
export const SANDBOX_TRACKS: readonly (readonly [string, string, string, number])[] = [
  ['Cadence Drift', 'The Threshold Lines', 'Zone Two', 214],
  ['Lactate Sunrise', 'The Threshold Lines', 'Zone Two', 243],
  ['Negative Split', 'Mira Okonkwo', 'Long Run Home', 198],
  ['Switchback Hymn', 'Mira Okonkwo', 'Long Run Home', 262],
  ['Tempo Heart', 'Velo Collective', 'Paceline', 231],
  ['Crosswind', 'Velo Collective', 'Paceline', 187],
  ['Hill Repeats', 'Juno & the Intervals', 'VO2', 205],
  ['Recovery Spin', 'Juno & the Intervals', 'VO2', 276],
  ['Breathing Room', 'Lale Sørensen', 'Still Water', 302],
  ['Split Stroke', 'Lale Sørensen', 'Still Water', 219],
  ['Kilometre Nine', 'Paper Lanterns Club', 'Night Loop', 192],
  ['Streetlight Strides', 'Paper Lanterns Club', 'Night Loop', 228],
  ['Gravel Psalm', 'Dusty Cassette', 'Fire Roads', 249],
  ['Summit Fever', 'Dusty Cassette', 'Fire Roads', 237],
  ['Metronome Rain', 'Aiko Brandt', 'Rhythm Section', 183],
  ['Heart Rate Reserve', 'Aiko Brandt', 'Rhythm Section', 256],
];

/** How often each sport occurs, out of the sum. */
export const SPORT_WEIGHTS: readonly (readonly [SandboxSport, number])[] = [
  ['ride', 18],
  ['indoor_ride', 20],
  ['run', 20],
  ['treadmill_run', 5],
  ['walk', 9],
  ['hike', 3],
  ['swim', 6],
  ['indoor_row', 8],
  ['strength', 7],
  ['yoga', 3],
  ['meditation', 1],
];

/** Per-sport ranges: minutes, speed m/s, heart rate, power W, cadence, climb m/km, kcal/min. */
export interface SportProfile {
  readonly minutes: readonly [number, number];
  readonly speed: readonly [number, number] | null;
  readonly heartRate: readonly [number, number];
  readonly power: readonly [number, number] | null;
  readonly cadence: readonly [number, number] | null;
  readonly climbPerKm: readonly [number, number] | null;
  readonly kcalPerMinute: number;
  readonly indoor: boolean;
  readonly titles: readonly [string, ...string[]];
  readonly music: boolean;
}

/** The profile of each sport. */
export const SPORT_PROFILES: Readonly<Record<SandboxSport, SportProfile>> = {
  ride: {
    minutes: [45, 150],
    speed: [7, 9],
    heartRate: [128, 152],
    power: [150, 230],
    cadence: [80, 92],
    climbPerKm: [5, 15],
    kcalPerMinute: 0,
    indoor: false,
    titles: ['Morning Ride', 'Canyon Loop', 'Lunch Ride', 'Gravel Grinder'],
    music: false,
  },
  indoor_ride: {
    minutes: [20, 60],
    speed: [8, 9.5],
    heartRate: [132, 158],
    power: [140, 220],
    cadence: [82, 95],
    climbPerKm: null,
    kcalPerMinute: 0,
    indoor: true,
    titles: ['30 min Power Zone Ride', '45 min Climb Ride', '20 min HIIT Ride'],
    music: true,
  },
  run: {
    minutes: [25, 90],
    speed: [2.8, 3.6],
    heartRate: [140, 165],
    power: null,
    cadence: [164, 180],
    climbPerKm: [3, 12],
    kcalPerMinute: 11,
    indoor: false,
    titles: ['Easy Run', 'Tempo Run', 'Long Run', 'Track Intervals'],
    music: true,
  },
  treadmill_run: {
    minutes: [20, 45],
    speed: [2.9, 3.5],
    heartRate: [142, 166],
    power: null,
    cadence: [166, 182],
    climbPerKm: null,
    kcalPerMinute: 11,
    indoor: true,
    titles: ['30 min Endurance Run', '20 min Interval Run'],
    music: true,
  },
  walk: {
    minutes: [20, 60],
    speed: [1.3, 1.6],
    heartRate: [90, 110],
    power: null,
    cadence: [105, 120],
    climbPerKm: [2, 8],
    kcalPerMinute: 4,
    indoor: false,
    titles: ['Evening Walk', 'Dog Walk'],
    music: false,
  },
  hike: {
    minutes: [90, 240],
    speed: [1.0, 1.3],
    heartRate: [105, 130],
    power: null,
    cadence: null,
    climbPerKm: [40, 80],
    kcalPerMinute: 7,
    indoor: false,
    titles: ['Flatirons Hike', 'Ridge Trail'],
    music: true,
  },
  swim: {
    minutes: [30, 60],
    speed: [0.7, 0.9],
    heartRate: [120, 145],
    power: null,
    cadence: null,
    climbPerKm: null,
    kcalPerMinute: 9,
    indoor: true,
    titles: ['Pool Swim', 'Masters Swim'],
    music: false,
  },
  indoor_row: {
    minutes: [15, 40],
    speed: [3.8, 4.3],
    heartRate: [135, 160],
    power: [140, 200],
    cadence: [22, 28],
    climbPerKm: null,
    kcalPerMinute: 0,
    indoor: true,
    titles: ['20 min Endurance Row', '30 min Pyramid Row'],
    music: true,
  },
  strength: {
    minutes: [20, 50],
    speed: null,
    heartRate: [105, 130],
    power: null,
    cadence: null,
    climbPerKm: null,
    kcalPerMinute: 6,
    indoor: true,
    titles: ['20 min Full Body Strength', 'Upper Body Strength'],
    music: true,
  },
  yoga: {
    minutes: [20, 60],
    speed: null,
    heartRate: [80, 100],
    power: null,
    cadence: null,
    climbPerKm: null,
    kcalPerMinute: 3,
    indoor: true,
    titles: ['Yoga Flow', 'Restorative Yoga'],
    music: false,
  },
  meditation: {
    minutes: [5, 20],
    speed: null,
    heartRate: [55, 65],
    power: null,
    cadence: null,
    climbPerKm: null,
    kcalPerMinute: 1.3,
    indoor: true,
    titles: ['10 min Mindfulness', 'Sleep Meditation'],
    music: false,
  },
};
