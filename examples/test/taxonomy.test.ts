import { APPLE_HEALTH_SPORT_TYPES } from '@fitlink/apple-health';
import { isSport, renamedSports, type Sport, sportFamily, sports } from '@fitlink/core';
import { COROS_SPORT_TYPES } from '@fitlink/coros';
import { GARMIN_SPORT_TYPES } from '@fitlink/garmin';
import { GOOGLE_HEALTH_SPORT_TYPES } from '@fitlink/google-health';
import { HEALTH_CONNECT_SPORT_TYPES } from '@fitlink/health-connect';
import { OURA_SPORT_TYPES } from '@fitlink/oura';
import { PELOTON_SPORT_TYPES } from '@fitlink/peloton';
import { POLAR_SPORT_TYPES } from '@fitlink/polar';
import { SMASHRUN_SPORT_TYPES } from '@fitlink/smashrun';
import { STRAVA_SPORT_TYPES, STRAVA_TRAINER_SPORTS } from '@fitlink/strava';
import { TRAININGPEAKS_SPORT_TYPES } from '@fitlink/trainingpeaks';
import { WHOOP_SPORT_TYPES } from '@fitlink/whoop';
import { describe, expect, it } from 'vitest';

// Every provider's sport table, by provider: the taxonomy is one vocabulary across them all.
const tables: Record<string, Readonly<Record<string, Sport>>> = {
  'apple-health': APPLE_HEALTH_SPORT_TYPES as Readonly<Record<string, Sport>>,
  coros: COROS_SPORT_TYPES as Readonly<Record<string, Sport>>,
  garmin: GARMIN_SPORT_TYPES as Readonly<Record<string, Sport>>,
  'google-health': GOOGLE_HEALTH_SPORT_TYPES as Readonly<Record<string, Sport>>,
  'health-connect': HEALTH_CONNECT_SPORT_TYPES as Readonly<Record<string, Sport>>,
  oura: OURA_SPORT_TYPES as Readonly<Record<string, Sport>>,
  polar: POLAR_SPORT_TYPES as Readonly<Record<string, Sport>>,
  peloton: PELOTON_SPORT_TYPES,
  smashrun: SMASHRUN_SPORT_TYPES,
  strava: STRAVA_SPORT_TYPES,
  'strava (trainer)': STRAVA_TRAINER_SPORTS as Readonly<Record<string, Sport>>,
  trainingpeaks: TRAININGPEAKS_SPORT_TYPES,
  whoop: WHOOP_SPORT_TYPES,
};

describe('the sport taxonomy across providers', () => {
  it.each(Object.entries(tables))('%s only produces canonical sports', (_, table) => {
    const produced = Object.values(table);
    expect(produced.length).toBeGreaterThan(0);
    for (const sport of produced) {
      expect(isSport(sport), sport).toBe(true);
      expect(Object.keys(renamedSports), sport).not.toContain(sport);
    }
  });

  it('names a strength session the same from every provider', () => {
    expect(STRAVA_SPORT_TYPES.WeightTraining).toBe('strength_training');
    expect(PELOTON_SPORT_TYPES.strength).toBe('strength_training');
    expect(TRAININGPEAKS_SPORT_TYPES.strength).toBe('strength_training');
    expect(WHOOP_SPORT_TYPES.weightlifting).toBe('strength_training');
    expect(WHOOP_SPORT_TYPES['strength trainer']).toBe('strength_training');
  });

  it('answers "is this rowing?" for every provider, apart from paddling', () => {
    const rows = [
      PELOTON_SPORT_TYPES.caesar,
      STRAVA_SPORT_TYPES.Rowing,
      STRAVA_SPORT_TYPES.VirtualRow,
      TRAININGPEAKS_SPORT_TYPES.rowing,
      WHOOP_SPORT_TYPES.rowing,
    ];
    for (const sport of rows) expect(sportFamily(sport as Sport)).toBe('rowing');
    for (const sport of [STRAVA_SPORT_TYPES.Kayaking, WHOOP_SPORT_TYPES.kayaking])
      expect(sportFamily(sport as Sport)).toBe('paddle');
  });

  it('lists each sport once, and the merged names not at all', () => {
    expect(new Set(sports).size).toBe(sports.length);
    for (const old of Object.keys(renamedSports)) expect(isSport(old)).toBe(false);
  });
});
