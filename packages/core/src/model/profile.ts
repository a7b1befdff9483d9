import * as z from 'zod/mini';
import { buildRecord, type RecordInput } from './build-record.js';
import {
  externalIdSchema,
  idMatchesProvider,
  localDateSchema,
  nullableAmountSchema,
  nullableTextSchema,
  providerIdSchema,
  rawSchema,
  timeZoneSchema,
} from './fields.js';

/** Sex as providers report it; anything else a provider sends maps to `null`. */
export const sexSchema = z.enum(['female', 'male', 'other']);

/** Sex as providers report it. */
export type Sex = z.infer<typeof sexSchema>;

/** The unit system the user chose in the provider's app (display only; the model is SI). */
export const unitSystemSchema = z.enum(['metric', 'imperial']);

/** The unit system the user chose in the provider's app. */
export type UnitSystem = z.infer<typeof unitSystemSchema>;

/**
 * The connected user's account at one provider. Fields the user did not share or the scopes
 * did not cover are `null`.
 */
export const profileSchema = z
  .object({
    /** `<provider>:<externalId>`. */
    id: z.string(),
    /** Provider id, such as `fitbit`. */
    provider: providerIdSchema,
    /** The provider's user id. */
    externalId: externalIdSchema,
    /** Display name. */
    name: nullableTextSchema,
    /** Given name. */
    firstName: nullableTextSchema,
    /** Family name. */
    lastName: nullableTextSchema,
    /** Email address, when the scope allows it; not checked for format. */
    email: nullableTextSchema,
    /** Sex as reported by the provider. */
    sex: z.nullable(sexSchema),
    /** Date of birth, `YYYY-MM-DD`. */
    birthDate: z.nullable(localDateSchema),
    /** Height in metres. */
    heightMetres: nullableAmountSchema,
    /** Weight in kilograms. */
    weightKg: nullableAmountSchema,
    /** IANA zone of the user's profile. */
    timeZone: timeZoneSchema,
    /** Preferred display units. */
    units: z.nullable(unitSystemSchema),
    /** The provider payload, when kept. */
    raw: rawSchema,
  })
  .check(idMatchesProvider());

/** The connected user's account at one provider. */
export type Profile = z.infer<typeof profileSchema>;

/** Input of {@link createProfile}: provider and external id are required. */
export type ProfileInput = RecordInput<Profile, 'provider' | 'externalId'>;

/**
 * Builds a normalized profile: fills `null` for missing fields, builds `id`, and validates.
 *
 * @throws ValidationError with the path of each invalid field.
 *
 * @example
 * ```ts
 * const profile = createProfile({
 *   provider: 'fitbit',
 *   externalId: '2ABCDE',
 *   weightKg: poundsToKilograms(165),
 *   units: 'imperial',
 * });
 * ```
 */
export function createProfile(input: ProfileInput): Profile {
  return buildRecord(profileSchema, input, { label: 'profile' });
}
