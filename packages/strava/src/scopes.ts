/**
 * Strava's OAuth scopes, each with what it grants (from the swagger `securityDefinitions`).
 * Strava separates scopes with commas, and the user can untick any of them on the consent
 * page: the callback's `scope` parameter lists what was accepted.
 *
 * @see https://developers.strava.com/docs/authentication/#details-about-requesting-access
 */
export const STRAVA_SCOPES = {
  /** Public data: segments, routes, profile, posts, events, club feeds. */
  read: 'Read public segments, public routes, public profile data, public posts, public events, club feeds and leaderboards',
  /** Private routes, segments and events. */
  read_all: 'Read private routes, private segments and private events',
  /** The full profile, whatever its visibility (needed for zones). */
  'profile:read_all':
    'Read all profile information, even when the profile is visible to followers or only the athlete',
  /** Writes weight and FTP, stars segments. */
  'profile:write': "Update the athlete's weight and FTP, and star or unstar segments",
  /** Activities visible to Everyone and Followers, privacy zones hidden. */
  'activity:read': 'Read activities visible to Everyone and Followers, without privacy-zone data',
  /** Every activity, Only You ones and privacy-zone data included. */
  'activity:read_all': 'Read every activity, including Only You activities and privacy-zone data',
  /** Creates manual activities and uploads, edits readable activities. */
  'activity:write': 'Create manual activities and uploads, and edit activities the app can read',
} as const;

/** One Strava OAuth scope. */
export type StravaScope = keyof typeof STRAVA_SCOPES;

/** Scopes asked for when the app names none: the profile and every activity. */
export const STRAVA_DEFAULT_SCOPES: readonly StravaScope[] = [
  'read',
  'profile:read_all',
  'activity:read_all',
];

// A broader scope the user accepted covers the narrower one the app needs.
const IMPLIED: Partial<Record<StravaScope, readonly StravaScope[]>> = {
  read_all: ['read'],
  'activity:read_all': ['activity:read'],
};

/**
 * The scopes in `required` that `granted` does not cover (a `*_all` scope covers its narrower
 * sibling).
 *
 * @param required - What the app needs.
 * @param granted - What the callback says the user accepted.
 * @example
 * ```ts
 * missingStravaScopes(['activity:read'], ['read', 'activity:read_all']); // []
 * ```
 */
export function missingStravaScopes(
  required: readonly string[],
  granted: readonly string[],
): string[] {
  const covered = new Set<string>(granted);
  for (const scope of granted) {
    for (const implied of IMPLIED[scope as StravaScope] ?? []) covered.add(implied);
  }
  return required.filter((scope) => !covered.has(scope));
}
