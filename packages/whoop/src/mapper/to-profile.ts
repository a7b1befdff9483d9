import { createProfile, type Profile } from '@fitlink/core';
import type { WhoopBodyMeasurement, WhoopProfile } from '../schemas/user.js';
import type { WhoopMapOptions } from './to-activity.js';

const nonEmpty = (value: string | null | undefined): string | null =>
  value && value.trim() !== '' ? value : null;

/**
 * Maps WHOOP's basic profile, and optionally the body measurements, to a normalized
 * {@link @fitlink/core!Profile} (height in metres, weight in kilograms).
 *
 * @param profile - From `GET /v2/user/profile/basic`.
 * @param options - Body measurements from `GET /v2/user/measurement/body`, and whether to keep the payloads.
 * @throws ValidationError when the result breaks the model.
 * @example
 * ```ts
 * import { mapWhoopProfile, type WhoopProfile } from '@fitlink/whoop';
 *
 * declare const basic: WhoopProfile;
 * const profile = mapWhoopProfile(basic);
 * ```
 */
export function mapWhoopProfile(
  profile: WhoopProfile,
  options: WhoopMapOptions & { body?: WhoopBodyMeasurement | null | undefined } = {},
): Profile {
  const firstName = nonEmpty(profile.first_name);
  const lastName = nonEmpty(profile.last_name);
  const name = [firstName, lastName].filter(Boolean).join(' ');
  return createProfile({
    provider: 'whoop',
    externalId: String(profile.user_id),
    name: name === '' ? null : name,
    firstName,
    lastName,
    email: nonEmpty(profile.email),
    heightMetres: options.body?.height_meter ?? null,
    weightKg: options.body?.weight_kilogram ?? null,
    ...(options.includeRaw ? { raw: { profile, body: options.body ?? null } } : {}),
  });
}
