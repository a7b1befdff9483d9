import type { StravaFake, StravaFakeActivity } from './fake.js';

/** An upload the sandbox is processing or has processed. */
export interface StravaSandboxUpload {
  /** The int64 upload id. */
  readonly id: bigint;
  /** The `external_id` given with the file (Strava refuses a second upload of it). */
  readonly externalId: string;
  /** `GET /uploads/{id}` polls so far. */
  polls: number;
  /** The activity processing makes, `null` for a refused upload. */
  readonly activity: StravaFakeActivity | null;
  /** Why processing fails (a duplicate), or `null`. */
  readonly error: string | null;
}

/** The application's webhook subscription (one per application, as on Strava). */
export interface StravaSandboxSubscription {
  /** The subscription id (the first one is 120475). */
  readonly id: number;
  /** The callback URL events and the challenge are sent to. */
  readonly callbackUrl: string;
  /** The verify token echoed in the `hub.challenge` GET. */
  readonly verifyToken: string;
}

/** What the Strava sandbox serves: the seeded fake, and what requests created since. */
export interface StravaSandboxData {
  /** The seeded world (athlete, timeline activities, renderers). */
  readonly fake: StravaFake;
  /** Manual activities and processed uploads, in creation order. */
  readonly created: StravaFakeActivity[];
  /** Uploads by id. */
  readonly uploads: Map<bigint, StravaSandboxUpload>;
  /** The webhook subscription, if one was created. */
  subscription: StravaSandboxSubscription | null;
  /** Every activity currently listed (synthetic, timeline and created), oldest first. */
  activities(): StravaFakeActivity[];
}

/**
 * The Strava sandbox's data over a fake, with the synthetic activities the `extraActivities`
 * knob asks for (rendered again only when the knob changes).
 *
 * @param fake - The seeded fake.
 * @param extraActivities - Reads the knob.
 */
export function createStravaSandboxData(
  fake: StravaFake,
  extraActivities: () => number,
): StravaSandboxData {
  let extra: { count: number; list: StravaFakeActivity[] } = { count: -1, list: [] };
  const created: StravaFakeActivity[] = [];
  return {
    fake,
    created,
    uploads: new Map(),
    subscription: null,
    activities() {
      const count = extraActivities();
      if (extra.count !== count) extra = { count, list: fake.extraActivities(count).reverse() };
      return [...extra.list, ...fake.activities, ...created];
    },
  };
}
