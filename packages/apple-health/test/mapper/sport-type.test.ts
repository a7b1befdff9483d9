import { APPLE_HEALTH_SPORT_TYPES } from '@fitlink/apple-health';
import { isSport, mapSport, renamedSports } from '@fitlink/core';
import { describe, expect, it } from 'vitest';

describe('APPLE_HEALTH_SPORT_TYPES', () => {
  it('only produces canonical, current sports', () => {
    for (const sport of Object.values(APPLE_HEALTH_SPORT_TYPES)) {
      expect(isSport(sport), sport).toBe(true);
      expect(Object.keys(renamedSports), sport).not.toContain(sport);
    }
  });

  it.each([
    ['Outdoor Run', 'run'],
    ['Indoor Run', 'treadmill_run'],
    ['Outdoor Cycling', 'ride'],
    ['Indoor Cycling', 'indoor_ride'],
    ['Pool Swim', 'swim'],
    ['Open Water Swim', 'open_water_swim'],
    ['Traditional Strength Training', 'strength_training'],
    ['Functional Strength Training', 'strength_training'],
    ['High Intensity Interval Training', 'hiit'],
    ['Mind and Body', 'meditation'],
    ['Hiking', 'hike'],
    ['Rowing', 'row'],
    ['Underwater Basket Weaving', 'other'],
  ])('%s → %s', (name, sport) => {
    expect(mapSport(APPLE_HEALTH_SPORT_TYPES, name)).toBe(sport);
  });
});
