import { describe, expect, it } from 'vitest';
import {
  createSandboxTimeline,
  sandboxWorkoutSamples,
  zonedInstant,
  zoneOffsetMinutes,
} from '../../src/index.js';

const now = Date.parse('2026-11-01T12:00:00Z');

describe('createSandboxTimeline', () => {
  it('is deterministic for a seed and stays inside its window', () => {
    const a = createSandboxTimeline({ seed: 3, now });
    const b = createSandboxTimeline({ seed: 3, now });
    expect(a).toEqual(b);
    expect(createSandboxTimeline({ seed: 4, now }).workouts).not.toEqual(a.workouts);
    expect(a.workouts.length).toBeGreaterThan(80);
    for (const workout of a.workouts) {
      expect(workout.startMs).toBeGreaterThanOrEqual(a.fromMs);
      expect(workout.startMs + workout.elapsedSeconds * 1000).toBeLessThanOrEqual(now);
    }
    const starts = a.workouts.map((w) => w.startMs);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    expect(a.sleeps.length).toBe(a.recovery.length);
  });

  it('keeps units consistent: distance from speed, work from power, no distance indoors for strength', () => {
    const { workouts } = createSandboxTimeline({ seed: 1, now });
    for (const w of workouts) {
      if (w.sport === 'strength' || w.sport === 'yoga' || w.sport === 'meditation') {
        expect(w.distanceMeters).toBeNull();
      }
      if (w.averagePowerWatts !== null) {
        expect(w.workKilojoules).toBeCloseTo((w.averagePowerWatts * w.movingSeconds) / 1000, 0);
      }
      if (w.indoor) expect(w.startLatLng).toBeNull();
    }
  });

  it('puts the travel days in the travel zone with its offset', () => {
    const { workouts } = createSandboxTimeline({ seed: 1, now });
    const berlin = workouts.filter((w) => w.timeZone === 'Europe/Berlin');
    expect(berlin.length).toBeGreaterThan(0);
    for (const w of berlin) expect([60, 120]).toContain(w.utcOffsetMinutes);
    const denver = workouts.filter((w) => w.timeZone === 'America/Denver');
    for (const w of denver) expect([-360, -420]).toContain(w.utcOffsetMinutes);
  });

  it('plays music during workouts, track after track', () => {
    const timeline = createSandboxTimeline({ seed: 1, now });
    const withMusic = timeline.plays.filter((p) => p.workoutId !== null);
    expect(withMusic.length).toBeGreaterThan(50);
    const first = withMusic[0];
    const workout = timeline.workouts.find((w) => w.id === first?.workoutId);
    expect(first?.playedAtMs).toBe((workout?.startMs ?? 0) + 20_000);
    expect(first?.trackId).toMatch(/^[0-9A-Za-z]{22}$/);
  });
});

describe('zone helpers', () => {
  it('resolves local wall time across DST', () => {
    expect(zoneOffsetMinutes('America/Denver', Date.parse('2026-07-01T12:00:00Z'))).toBe(-360);
    expect(zoneOffsetMinutes('America/Denver', Date.parse('2026-12-01T12:00:00Z'))).toBe(-420);
    const at = zonedInstant('America/Denver', { year: 2026, month: 7, day: 1, minutesOfDay: 390 });
    expect(new Date(at).toISOString()).toBe('2026-07-01T12:30:00.000Z');
  });
});

describe('sandboxWorkoutSamples', () => {
  it('matches the workout totals', () => {
    const { workouts } = createSandboxTimeline({ seed: 1, now });
    const ride = workouts.find((w) => w.sport === 'ride');
    if (ride === undefined) throw new Error('no ride');
    const samples = sandboxWorkoutSamples(ride, { everySeconds: 10 });
    expect(samples.offsetSeconds.length).toBe(Math.floor(ride.elapsedSeconds / 10) + 1);
    expect(samples.heartRate.length).toBe(samples.offsetSeconds.length);
    const lastDistance = samples.distanceMeters?.at(-1) ?? 0;
    expect(lastDistance).toBeGreaterThan((ride.distanceMeters ?? 0) * 0.95);
    expect(samples.latLng?.[0]).toEqual(ride.startLatLng);
    expect(Math.max(...samples.heartRate)).toBeLessThanOrEqual(ride.maxHeartRate);
  });
});
