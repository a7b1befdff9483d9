import { createProfile, measuredOrNull, type Profile } from '@fitlink/core';
import type { TrainingPeaksAthlete } from '../schemas/athlete.js';

const SEX: Readonly<Record<string, 'female' | 'male'>> = { f: 'female', m: 'male' };

/**
 * Maps the TrainingPeaks athlete profile: `TimeZone` kept (every local time of the athlete is
 * read in it), `PreferredUnits` `English` → `imperial`, `Weight` kg.
 *
 * @param athlete - The profile as sent.
 * @example
 * ```ts
 * const profile = mapTrainingPeaksAthlete(await client.athlete.profile());
 * ```
 */
export function mapTrainingPeaksAthlete(athlete: TrainingPeaksAthlete): Profile {
  const units = (athlete.PreferredUnits ?? athlete.Units ?? '').toLowerCase();
  const name = [athlete.FirstName, athlete.LastName].filter(Boolean).join(' ');
  return createProfile({
    provider: 'trainingpeaks',
    externalId: String(athlete.Id),
    name: name || null,
    firstName: athlete.FirstName || null,
    lastName: athlete.LastName || null,
    email: athlete.Email || null,
    sex: SEX[(athlete.Sex ?? '').toLowerCase()] ?? null,
    // A weight of 0 means the athlete never entered one.
    weightKg: measuredOrNull(athlete.Weight, { nonNegative: true }),
    timeZone: athlete.TimeZone || null,
    units: units === 'english' ? 'imperial' : units === 'metric' ? 'metric' : null,
  });
}
