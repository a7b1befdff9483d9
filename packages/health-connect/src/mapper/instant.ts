import { toUtcIso, ValidationError } from '@fitlink/core';

/** Epoch milliseconds of an instant the schema accepted. */
export function epochMs(instant: string): number {
  return Date.parse(instant);
}

/**
 * An instant as fitlink's ISO 8601 UTC with milliseconds.
 *
 * @throws ValidationError at `path` when it is out of the representable range (a start
 * computed from an absurd duration).
 */
export function utcIso(instant: string | number, path: readonly PropertyKey[]): string {
  const iso = toUtcIso(instant);
  if (iso !== null) return iso;
  throw new ValidationError('Unexpected payload from health-connect', {
    provider: 'health-connect',
    endpoint: 'ingest',
    issues: [
      { path, code: 'custom', message: 'expected an instant within the representable range' },
    ],
  });
}
