import { recordId, toUtcIso, ValidationError, valueOrNull } from '@fitlink/core';
import * as z from 'zod/mini';
import type { GarminBodyComposition } from '../schemas/body-composition.js';
import { garminOffsetMinutes } from './time.js';

const amount = z.nullable(z.number().check(z.gte(0)));
const percent = z.nullable(z.number().check(z.gte(0), z.lte(100)));

/**
 * A weighing in SI units. fitlink's model has no body-composition record yet, so Garmin's is
 * its own, shaped like the model's records (`id`, `provider`, `externalId`, UTC instant, offset).
 */
export const garminBodyCompositionRecordSchema = z.object({
  /** `garmin:<summaryId>`. */
  id: z.string(),
  /** Always `garmin`. */
  provider: z.literal('garmin'),
  /** Garmin's summary id. */
  externalId: z.string().check(z.minLength(1)),
  /** When measured, ISO 8601 UTC. */
  measuredAt: z.string(),
  /** The device clock's offset, minutes (not a zone). */
  utcOffsetMinutes: z.nullable(z.number()),
  /** Weight, kilograms. */
  weightKilograms: amount,
  /** Body mass index. */
  bodyMassIndex: amount,
  /** Body fat, percent. */
  bodyFatPercent: percent,
  /** Body water, percent. */
  bodyWaterPercent: percent,
  /** Muscle mass, kilograms. */
  muscleMassKilograms: amount,
  /** Bone mass, kilograms. */
  boneMassKilograms: amount,
});

/** A weighing in SI units. */
export type GarminBodyCompositionRecord = z.output<typeof garminBodyCompositionRecordSchema>;

const NON_NEGATIVE = { nonNegative: true } as const;
const kilograms = (grams: number | null | undefined): number | null => {
  const kept = valueOrNull(grams, NON_NEGATIVE);
  return kept === null ? null : kept / 1000;
};
const percentOrNull = (value: number | null | undefined): number | null => {
  const kept = valueOrNull(value, NON_NEGATIVE);
  return kept === null || kept > 100 ? null : kept;
};

/**
 * Maps a Garmin `bodyComps` summary to a {@link GarminBodyCompositionRecord}: grams to
 * kilograms, percentages kept, the measurement time in UTC with the device clock's offset.
 *
 * @param summary - A `bodyComps` summary.
 * @throws ValidationError when the measurement time is not a valid instant.
 * @example
 * ```ts
 * import { mapGarminBodyComposition } from '@fitlink/garmin';
 * mapGarminBodyComposition({ summaryId: 'b1', measurementTimeInSeconds: 1763622000, weightInGrams: 72500 }).weightKilograms; // 72.5
 * ```
 */
export function mapGarminBodyComposition(
  summary: GarminBodyComposition,
): GarminBodyCompositionRecord {
  const measuredAt = Number.isFinite(summary.measurementTimeInSeconds)
    ? toUtcIso(summary.measurementTimeInSeconds * 1000)
    : null;
  if (measuredAt === null || summary.summaryId === '') {
    throw new ValidationError('Garmin body composition has no usable time or id', {
      provider: 'garmin',
      endpoint: 'bodyComps',
      issues: [
        {
          code: 'custom',
          path: [measuredAt === null ? 'measurementTimeInSeconds' : 'summaryId'],
          message: 'expected epoch seconds and a non-empty summary id',
        },
      ],
    });
  }
  return {
    id: recordId('garmin', summary.summaryId),
    provider: 'garmin',
    externalId: summary.summaryId,
    measuredAt,
    utcOffsetMinutes: garminOffsetMinutes(summary.measurementTimeOffsetInSeconds),
    weightKilograms: kilograms(summary.weightInGrams),
    bodyMassIndex: valueOrNull(summary.bodyMassIndex, NON_NEGATIVE),
    bodyFatPercent: percentOrNull(summary.bodyFatInPercent),
    bodyWaterPercent: percentOrNull(summary.bodyWaterInPercent),
    muscleMassKilograms: kilograms(summary.muscleMassInGrams),
    boneMassKilograms: kilograms(summary.boneMassInGrams),
  };
}
