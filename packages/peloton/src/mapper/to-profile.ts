import { createProfile, type Profile, toUtcIso, ValidationError } from '@fitlink/core';
import type { PelotonUser } from '../schemas/user.js';

/**
 * The birthday, a calendar date sent as midnight UTC in epoch seconds, as `YYYY-MM-DD`.
 *
 * @throws ValidationError at `birthday` for a number that is no date in years 0000–9999.
 */
function birthDateOf(birthday: number | null | undefined): string | null {
  if (typeof birthday !== 'number') return null;
  const date = toUtcIso(birthday * 1000);
  if (date !== null) return date.slice(0, 10);
  // `new Date(…).toISOString()` would throw a RangeError here: name the field instead.
  throw new ValidationError('Peloton user has an unreadable birthday', {
    provider: 'peloton',
    endpoint: 'user',
    issues: [{ code: 'custom', path: ['birthday'], message: 'expected epoch seconds of a date' }],
  });
}

const text = (value: string | null | undefined): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

/**
 * Maps `GET /api/me` to a normalized {@link @fitlink/core!Profile}. Height and weight stay `null`: `/api/me`
 * does not say in which units they are, and the unit preference lives elsewhere.
 *
 * @param user - The signed-in member.
 * @throws ValidationError when the result breaks the profile schema, or `birthday` is no date.
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
    birthDate: birthDateOf(user.birthday),
    heightMetres: null,
    weightKg: null,
    timeZone: null,
    units: null,
  });
}
