import { createProfile, type Profile, type UnitSystem } from '@fitlink/core';
import type { SmashrunUserInfo } from '../schemas/user-info.js';

/** Options of {@link mapSmashrunProfile}. */
export interface MapSmashrunProfileOptions {
  /** Keep the SmashRun payload as `raw`. @defaultValue false */
  includeRaw?: boolean;
}

const text = (value: string | null | undefined): string | null =>
  value === undefined || value === null || value.trim() === '' ? null : value.trim();

function units(unitDistance: string | null | undefined): UnitSystem | null {
  const unit = unitDistance?.toLowerCase();
  if (unit === 'k' || unit === 'km' || unit === 'kilometers') return 'metric';
  if (unit === 'm' || unit === 'mi' || unit === 'miles') return 'imperial';
  return null;
}

/**
 * Maps SmashRun's `userinfo` to a normalized {@link @fitlink/core!Profile}: name, unit preference (`k`/`m`)
 * and time zone when it is an IANA name.
 *
 * @param user - The `GET /my/userinfo` answer.
 * @param options - Whether to keep the payload.
 *
 * @example
 * ```ts
 * import { mapSmashrunProfile } from '@fitlink/smashrun';
 * mapSmashrunProfile({ id: 42, firstName: 'Ada', lastName: 'Runner', unitDistance: 'k' }).units; // 'metric'
 * ```
 */
export function mapSmashrunProfile(
  user: SmashrunUserInfo,
  options: MapSmashrunProfileOptions = {},
): Profile {
  const firstName = text(user.firstName);
  const lastName = text(user.lastName);
  const full = [firstName, lastName].filter(Boolean).join(' ');
  const zone = text(user.timeZone);
  return createProfile({
    provider: 'smashrun',
    externalId: String(user.id),
    name: full === '' ? text(user.userName) : full,
    firstName,
    lastName,
    units: units(user.unitDistance),
    // Only IANA names are kept; Windows zone names ("Eastern Standard Time") are not.
    timeZone: zone?.includes('/') ? zone : null,
    ...(options.includeRaw ? { raw: user } : {}),
  });
}
