import { describe, expect, it } from 'vitest';
import * as model from '../../src/model/index.js';

describe('model barrel', () => {
  it.each([
    'activitySchema',
    'createActivity',
    'sleepSchema',
    'createSleep',
    'dailySummarySchema',
    'createDailySummary',
    'profileSchema',
    'createProfile',
    'samplesSchema',
    'createSamples',
    'playSchema',
    'createPlay',
    'sports',
    'sportSchema',
    'mapSport',
    'isSport',
    'sportFamily',
    'metricsSchema',
    'toUtcIso',
    'localToUtc',
    'offsetMinutesForZone',
    'parseOffset',
    'milesToMetres',
    'kilojoulesToKilocalories',
    'roundTo',
    'findDuplicates',
    'dedupeActivities',
  ])('exports %s', (name) => {
    expect(model).toHaveProperty(name);
  });
});
