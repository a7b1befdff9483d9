/**
 * Scopes seen in one public COROS connector configuration. COROS' partner reference is private
 * and the integrations read send no `scope` at all: access is granted per app when COROS
 * approves it. These names are **unconfirmed**; fitlink sends none unless the app asks.
 */
export const COROS_SCOPES = {
  /** The user's basic profile (unconfirmed name). */
  'profile:read': 'Read the basic profile',
  /** Workouts and their FIT files (unconfirmed name). */
  'activity:read': 'Read workouts and FIT files',
  /** Paired devices (unconfirmed name). */
  'device:read': 'Read paired devices',
  /** Long-lived access (unconfirmed name; COROS' refresh token never expires anyway). */
  offline_access: 'Keep access while the user is away',
} as const;

/** One COROS scope name (unconfirmed; see {@link COROS_SCOPES}). */
export type CorosScope = keyof typeof COROS_SCOPES;

/** The scopes a COROS app asks for when none are named: none (COROS grants access per app). */
export const COROS_DEFAULT_SCOPES: readonly CorosScope[] = [];
