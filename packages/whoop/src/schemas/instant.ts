import { declareCheckAcceptor, isUtcIsoInstant } from '@fitlink/core';
import * as z from 'zod/mini';

const instantSchema = z.iso.datetime({ offset: true });

/**
 * A check that the named fields of a WHOOP record hold instants as the API documents its
 * `date-time` fields: ISO 8601 with `Z` or an offset (`2022-04-24T02:25:44.774Z`); an absent or
 * `null` field passes. The mappers compute days from them, so an empty or unreadable value is
 * a `ValidationError` at its path here instead of a `RangeError` later. It runs once the
 * record's fields have their types, so a mistyped field is reported first, alone.
 *
 * @param keys - The fields holding instants.
 */
export function whoopInstants(...keys: readonly string[]) {
  const holdsInstants = (record: Readonly<Record<string, unknown>>): boolean =>
    keys.every((key) => {
      const value = record[key];
      return value === undefined || value === null || isUtcIsoInstant(value);
    });
  const check = z.superRefine<Readonly<Record<string, unknown>>>((record, context) => {
    for (const key of keys) {
      const value = record[key];
      // WHOOP's own form (`…05.000Z`) is read without the pattern; the pattern accepts it too.
      if (value === undefined || value === null || isUtcIsoInstant(value)) continue;
      if (z.safeParse(instantSchema, value).success) continue;
      context.issues.push({
        code: 'custom',
        path: [key],
        message: 'expected an ISO 8601 date-time with Z or an offset',
        input: value,
      });
    }
  });
  // Records in WHOOP's own form pass without a zod pass (core's fast acceptor).
  return declareCheckAcceptor(check, (record) =>
    holdsInstants(record as Readonly<Record<string, unknown>>),
  );
}
