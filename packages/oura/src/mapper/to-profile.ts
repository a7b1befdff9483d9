import { createProfile, type Profile, validatePayload, valueOrNull } from '@fitlink/core';
import { type OuraPersonalInfo, ouraPersonalInfoSchema } from '../schemas/personal-info.js';

/** Options of {@link mapOuraPersonalInfo}. */
export interface OuraProfileMapOptions {
  /** Keep the Oura payload in `raw`. @defaultValue false */
  includeRaw?: boolean;
}

/**
 * Maps Oura personal info to a normalized profile: id, email, sex, height (m) and weight (kg).
 * Oura gives an age, not a birth date, so `birthDate` stays `null` (the age is kept in `raw`).
 *
 * @param payload - The personal info (validated here).
 * @param options - Mapper options.
 * @throws {@link @fitlink/core!ValidationError} when the payload or the result is invalid.
 * @example
 * ```ts
 * const profile = mapOuraPersonalInfo(await client.user.getPersonalInfo());
 * ```
 */
export function mapOuraPersonalInfo(
  payload: OuraPersonalInfo,
  options: OuraProfileMapOptions = {},
): Profile {
  const info = validatePayload(ouraPersonalInfoSchema, payload, {
    provider: 'oura',
    endpoint: 'personal_info',
  });
  const sex = info.biological_sex?.toLowerCase();
  return createProfile({
    provider: 'oura',
    externalId: info.id,
    email: info.email ?? null,
    sex: sex === 'male' || sex === 'female' ? sex : sex ? 'other' : null,
    heightMetres: valueOrNull(info.height, { nonNegative: true }),
    weightKg: valueOrNull(info.weight, { nonNegative: true }),
    ...(options.includeRaw ? { raw: info } : {}),
  });
}
