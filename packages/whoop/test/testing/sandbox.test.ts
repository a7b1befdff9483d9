import { createSandboxTimeline } from '@fitlink/testing';
import {
  whoop,
  whoopCycleSchema,
  whoopRecoverySchema,
  whoopSleepSchema,
  whoopWorkoutSchema,
} from '@fitlink/whoop';
import { createWhoopFake } from '@fitlink/whoop/testing';
import { describe, expect, it } from 'vitest';
import { NOW } from '../helpers.js';

describe('the WHOOP sandbox data', () => {
  const data = createWhoopFake({ seed: 1, now: NOW, days: 90 });
  const timeline = createSandboxTimeline({ seed: 1, now: NOW, days: 90 });

  it('renders every workout, every night, a recovery per morning and a cycle per day', () => {
    expect(data.workouts).toHaveLength(timeline.workouts.length);
    expect(data.sleeps).toHaveLength(timeline.sleeps.length);
    expect(data.recoveries).toHaveLength(timeline.recovery.length);
    expect(data.cycles).toHaveLength(timeline.sleeps.length);
    expect(data.workouts.map((workout) => workout.start)).toEqual(
      timeline.workouts.map((workout) => new Date(workout.startMs).toISOString()),
    );
  });

  it('uses WHOOP v2 shapes: UUIDs, int64 cycle ids, offsets, every record schema-valid', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const workout of data.workouts) {
      expect(whoopWorkoutSchema.safeParse(workout).success).toBe(true);
      expect(workout.id).toMatch(uuid);
      expect(workout).not.toHaveProperty('sport_id');
    }
    for (const sleep of data.sleeps) expect(whoopSleepSchema.safeParse(sleep).success).toBe(true);
    for (const recovery of data.recoveries)
      expect(whoopRecoverySchema.safeParse(recovery).success).toBe(true);
    for (const cycle of data.cycles) expect(whoopCycleSchema.safeParse(cycle).success).toBe(true);
    expect(new Set(data.workouts.map((workout) => workout.timezone_offset))).toEqual(
      new Set(['-06:00', '-07:00', '+02:00']),
    );
    expect(data.cycles.at(-1)?.end).toBeUndefined();
    expect(
      data.cycles.slice(0, -1).every((cycle, index) => cycle.end === data.cycles[index + 1]?.start),
    ).toBe(true);
  });

  it('keeps stage and zone durations in milliseconds that add up, and energy in kJ', () => {
    for (const sleep of data.sleeps) {
      const stages = sleep.score?.stage_summary;
      if (!stages) continue;
      expect(
        stages.total_awake_time_milli +
          stages.total_light_sleep_time_milli +
          stages.total_slow_wave_sleep_time_milli +
          stages.total_rem_sleep_time_milli,
      ).toBe(stages.total_in_bed_time_milli);
    }
    data.workouts.forEach((workout, index) => {
      const zones = workout.score?.zone_durations;
      if (!zones) return;
      const total =
        zones.zone_zero_milli +
        zones.zone_one_milli +
        zones.zone_two_milli +
        zones.zone_three_milli +
        zones.zone_four_milli +
        zones.zone_five_milli;
      expect(total).toBe(Date.parse(workout.end) - Date.parse(workout.start));
      expect(workout.score?.kilojoule).toBeCloseTo(
        (timeline.workouts[index]?.energyKcal ?? 0) * 4.184,
        2,
      );
    });
  });

  it('includes records WHOOP has not scored, without a score', () => {
    const states = (records: readonly { score_state: string; score?: unknown }[]) =>
      new Set(records.map((record) => record.score_state));
    expect(states(data.workouts)).toEqual(new Set(['SCORED', 'UNSCORABLE', 'PENDING_SCORE']));
    expect(states(data.sleeps)).toEqual(new Set(['SCORED', 'UNSCORABLE']));
    expect(states(data.recoveries)).toEqual(new Set(['SCORED', 'UNSCORABLE', 'PENDING_SCORE']));
    expect(states(data.cycles)).toEqual(new Set(['SCORED', 'UNSCORABLE']));
    for (const record of [...data.workouts, ...data.sleeps, ...data.recoveries, ...data.cycles]) {
      expect(record.score_state === 'SCORED').toBe(record.score !== undefined);
    }
  });

  it('is deterministic per seed', () => {
    expect(createWhoopFake({ seed: 1, now: NOW, days: 90 })).toEqual(data);
    expect(createWhoopFake({ seed: 2, now: NOW, days: 90 }).workouts[0]?.id).not.toBe(
      data.workouts[0]?.id,
    );
  });

  it('describes the provider', () => {
    expect(whoop.id).toBe('whoop');
    expect(whoop.defaultScopes).toContain('offline');
    expect(Object.keys(whoop.scopes)).toHaveLength(7);
    expect(whoop.capabilities).toEqual([
      'activities',
      'sleep',
      'recovery',
      'daily',
      'profile',
      'webhooks',
    ]);
  });
});
