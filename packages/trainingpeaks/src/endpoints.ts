/**
 * TrainingPeaks hosts and routes. Sandbox (UAT, refreshed weekly from production) and
 * production have separate OAuth and API hosts; credentials are promoted to production only
 * after TrainingPeaks validates the integration in the sandbox.
 *
 * @see https://github.com/TrainingPeaks/PartnersAPI/wiki/OAuth
 */

/** Which TrainingPeaks system to talk to. */
export type TrainingPeaksEnvironment = 'sandbox' | 'production';

/** OAuth and API origins per environment. */
export const TRAININGPEAKS_HOSTS = {
  /** The partner sandbox: test athletes, separate credentials and tokens. */
  sandbox: {
    /** Authorization and token endpoints. */
    oauth: 'https://oauth.sandbox.trainingpeaks.com',
    /** The REST API. */
    api: 'https://api.sandbox.trainingpeaks.com',
  },
  /** Production: real athletes, after TrainingPeaks approves the app. */
  production: {
    /** Authorization and token endpoints. */
    oauth: 'https://oauth.trainingpeaks.com',
    /** The REST API. */
    api: 'https://api.trainingpeaks.com',
  },
} as const;

// The authorize path is capitalised on TrainingPeaks' own pages; the token path is not.
/** Authorization endpoint path. */
export const TRAININGPEAKS_AUTHORIZE_PATH = '/OAuth/Authorize';
/** Token endpoint path (code exchange and refresh). */
export const TRAININGPEAKS_TOKEN_PATH = '/oauth/token';
/** Deauthorize endpoint path (removes the user's authorization of the app). */
export const TRAININGPEAKS_DEAUTHORIZE_PATH = '/oauth/deauthorize';

/**
 * Longest date range fitlink asks for in one date-range request, in days (inclusive of both
 * ends). TrainingPeaks does not publish a cap for workouts or metrics; its strength-workouts
 * endpoint caps ranges at 45 days, so fitlink stays within that.
 */
export const TRAININGPEAKS_MAX_RANGE_DAYS = 45;

/** Largest `pageSize` the changed feed accepts. */
export const TRAININGPEAKS_CHANGED_MAX_PAGE_SIZE = 100;

/** Earliest `date` the changed feed accepts. */
export const TRAININGPEAKS_CHANGED_MIN_DATE = '2000-01-01T00:00:00Z';

/** The four URLs of one environment. */
export interface TrainingPeaksUrls {
  /** Authorization endpoint. */
  readonly authorize: string;
  /** Token endpoint. */
  readonly token: string;
  /** Deauthorize endpoint. */
  readonly deauthorize: string;
  /** API base URL (ends with `/`). */
  readonly api: string;
}

/**
 * The OAuth and API URLs of an environment.
 *
 * @param environment - `'sandbox'` or `'production'`.
 * @example
 * ```ts
 * trainingpeaksUrls('sandbox').token; // 'https://oauth.sandbox.trainingpeaks.com/oauth/token'
 * ```
 */
export function trainingpeaksUrls(environment: TrainingPeaksEnvironment): TrainingPeaksUrls {
  const hosts = TRAININGPEAKS_HOSTS[environment];
  return {
    authorize: `${hosts.oauth}${TRAININGPEAKS_AUTHORIZE_PATH}`,
    token: `${hosts.oauth}${TRAININGPEAKS_TOKEN_PATH}`,
    deauthorize: `${hosts.oauth}${TRAININGPEAKS_DEAUTHORIZE_PATH}`,
    api: `${hosts.api}/`,
  };
}

/** API routes, relative to the API base URL. */
export const TRAININGPEAKS_ROUTES = {
  /** `GET` the authenticated athlete's profile. */
  profile: 'v1/athlete/profile',
  /** `GET` every zone set (heart rate, power, speed) with thresholds. */
  zones: 'v1/athlete/zones',
  /** `GET` one zone type. */
  zonesByType: (type: string) => `v1/athlete/zones/${encodeURIComponent(type)}`,
  /** `GET` workouts between two local dates (inclusive). */
  workouts: (start: string, end: string) => `v2/workouts/${start}/${end}`,
  /** `GET` one workout. */
  workout: (id: string) => `v2/workouts/id/${encodeURIComponent(id)}`,
  /** `GET` a completed workout's samples (premium). */
  workoutDetails: (id: string) => `v2/workouts/id/${encodeURIComponent(id)}/details`,
  /** `GET` a completed workout's mean-max curves (premium). */
  workoutMeanMaxes: (id: string) => `v2/workouts/id/${encodeURIComponent(id)}/meanmaxes`,
  /** `GET` a completed workout's time in zones (premium). */
  workoutTimeInZones: (id: string) => `v2/workouts/id/${encodeURIComponent(id)}/timeinzones`,
  /** `GET` workouts changed (modified or deleted) since a UTC date, paged. */
  changed: 'v2/workouts/changed',
  /** `POST` an activity file for asynchronous processing. */
  file: 'v3/file',
  /** `GET` metrics between two local dates (premium). */
  metrics: (start: string, end: string) => `v2/metrics/${start}/${end}`,
  /** `GET` list / `POST` create webhook subscriptions. */
  webhookSubscriptions: 'v1/webhook/subscriptions',
  /** `PUT` update / `DELETE` one webhook subscription. */
  webhookSubscription: (id: string) => `v1/webhook/subscriptions/${encodeURIComponent(id)}`,
} as const;
