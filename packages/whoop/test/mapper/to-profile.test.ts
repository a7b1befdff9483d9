import { mapWhoopProfile, whoopBodyMeasurementSchema, whoopProfileSchema } from '@fitlink/whoop';
import { whoopBodyMeasurementFixture, whoopProfileFixture } from '@fitlink/whoop/testing';
import { describe, expect, it } from 'vitest';

describe('mapWhoopProfile', () => {
  it.each([
    [
      'with body measurements',
      { body: whoopBodyMeasurementSchema.parse(whoopBodyMeasurementFixture) },
      { heightMetres: 1.7272, weightKg: 63.5029 },
    ],
    ['without', {}, { heightMetres: null, weightKg: null }],
  ])('maps the profile %s', (_, options, expected) => {
    expect(mapWhoopProfile(whoopProfileSchema.parse(whoopProfileFixture), options)).toMatchObject({
      id: 'whoop:4821907',
      externalId: '4821907',
      name: 'Sandy Box',
      firstName: 'Sandy',
      lastName: 'Box',
      email: 'sandy.box@example.com',
      sex: null,
      ...expected,
    });
  });
});
