import { whoopWorkoutSchema } from '@fitlink/whoop';
import { whoopWorkoutFixtures } from '@fitlink/whoop/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

// whoopInstants accepts WHOOP's own form (`…05.000Z`) without the ISO pattern: the verdict must
// be the pattern's, whatever the text.
const isoWithOffset = z.iso.datetime({ offset: true });

describe('WHOOP instants', () => {
  it('accept exactly what an ISO 8601 date-time with Z or an offset is', () => {
    const texts = fc.oneof(
      fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
      fc.stringMatching(
        /^\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-6]\d:[0-6]\d(\.\d{1,4})?(Z|z|[+-]0\d:00)$/,
      ),
      fc.constantFrom(
        '2026-02-29T00:00:00.000Z',
        '2028-02-29T00:00:00.000Z',
        '0000-02-29T00:00:00.000Z',
        '1900-02-29T00:00:00.000Z',
        '2026-10-04T24:00:00.000Z',
        '2026-10-04T13:05:00.000z',
        '2026-10-04 13:05:00.000Z',
        '',
      ),
      fc.string(),
    );
    fc.assert(
      fc.property(texts, (start) => {
        const workout = { ...whoopWorkoutFixtures.scoredRun, start };
        const expected = z.safeParse(isoWithOffset, start).success;
        expect(z.safeParse(whoopWorkoutSchema, workout).success).toBe(expected);
      }),
      { numRuns: 3_000, seed: 15 },
    );
  });
});
