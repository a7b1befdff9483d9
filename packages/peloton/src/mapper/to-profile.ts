import { createProfile, type Profile } from '@fitlink/core';
import type { PelotonUser } from '../schemas/user.js';

const text = (value: string | null | undefined): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

/**
 * Maps `GET /api/me` to a normalized {@link @fitlink/core!Profile}. Height and weight stay `null`: `/api/me`
 * does not say in which units they are, and the unit preference lives elsewhere.
 *
 * @param user - The signed-in member.
 * @throws ValidationError when the result breaks the profile schema.
 *
 * @example
 * ```ts
 * import { mapPelotonUser } from '@fitlink/peloton';
 * const profile = mapPelotonUser(me);
 * ```
 */
export function mapPelotonUser(user: PelotonUser): Profile {
  const first = text(user.first_name);
  const last = text(user.last_name);
  const joined = [first, last].filter(Boolean).join(' ');
  const gender = user.gender?.toLowerCase();
  return createProfile({
    provider: 'peloton',
    externalId: user.id,
    name: text(user.name) ?? (joined === '' ? text(user.username) : joined),
    firstName: first,
    lastName: last,
    email: text(user.email),
    sex: gender === 'male' || gender === 'female' ? gender : gender ? 'other' : null,
    // The birthday is a calendar date sent as midnight UTC in epoch seconds.
    birthDate:
      typeof user.birthday === 'number'
        ? new Date(user.birthday * 1000).toISOString().slice(0, 10)
        : null,
    heightMetres: null,
    weightKg: null,
    timeZone: null,
    units: null,
  });
}
