import { createProfile, measuredOrNull, type Profile } from '@fitlink/core';
import type { StravaAthlete } from '../schemas/athlete.js';
import { stravaIdString } from '../schemas/common.js';

/**
 * Maps the Strava athlete to the normalized {@link @fitlink/core!Profile}: `sex` `M`/`F`, `weight`
 * in kg (`0` means unset and maps to `null`), `measurement_preference` `feet` → imperial, `meters`
 * → metric. Strava shares no email, birth date or height through the API.
 *
 * @param athlete - `DetailedAthlete` or `SummaryAthlete`.
 * @param options - Whether to keep the payload.
 * @example
 * ```ts
 * const profile = mapStravaAthlete(await client.athlete.get());
 * ```
 */
export function mapStravaAthlete(
  athlete: StravaAthlete,
  options: { includeRaw?: boolean } = {},
): Profile {
  const name = [athlete.firstname, athlete.lastname].filter(Boolean).join(' ');
  const sex = athlete.sex === 'M' ? 'male' : athlete.sex === 'F' ? 'female' : null;
  const units =
    athlete.measurement_preference === 'feet'
      ? 'imperial'
      : athlete.measurement_preference === 'meters'
        ? 'metric'
        : null;
  return createProfile({
    provider: 'strava',
    externalId: stravaIdString(athlete.id),
    name: name || athlete.username || null,
    firstName: athlete.firstname || null,
    lastName: athlete.lastname || null,
    sex,
    // Strava writes 0 for a weight the athlete never set.
    weightKg: measuredOrNull(athlete.weight, { nonNegative: true }),
    units,
    ...(options.includeRaw ? { raw: athlete } : {}),
  });
}
