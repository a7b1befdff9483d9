import type { Activity } from '../model/activity.js';
import type { DailySummary } from '../model/daily-summary.js';
import type { Play } from '../model/play.js';
import type { Profile } from '../model/profile.js';
import type { Samples } from '../model/samples.js';
import type { Sleep } from '../model/sleep.js';
import type { Paginator } from '../pagination/paginator.js';
import type { TokenSet } from '../tokens/token-set.js';
import type { TokenStore } from '../tokens/token-store.js';

/**
 * How a provider connects users: OAuth 2 with a client secret, OAuth 2 public client with PKCE,
 * OAuth 1.0a, a username/password login (Peloton), or an API key on pushed exports.
 */
export type AuthKind = 'oauth2' | 'oauth2-pkce' | 'oauth1a' | 'password' | 'api-key';

/** The kinds of data and features a provider package offers. */
export type Capability =
  | 'activities'
  | 'sleep'
  | 'recovery'
  | 'daily'
  | 'profile'
  | 'streams'
  | 'webhooks'
  | 'music';

/**
 * The descriptor every provider package exports (`strava`, `whoop` …), so apps can treat
 * providers uniformly: list them, show their scopes, check capabilities.
 */
export interface ProviderDescriptor<Id extends string = string, Scope extends string = string> {
  /** Stable id, the prefix of normalized ids (`strava:123`). */
  readonly id: Id;
  /** Name to show users. */
  readonly displayName: string;
  /** Supported auth kinds; the first is the default. */
  readonly authKinds: readonly AuthKind[];
  /** Every scope with a one-line description. */
  readonly scopes: Readonly<Record<Scope, string>>;
  /** Scopes asked for when the app names none. */
  readonly defaultScopes: readonly Scope[];
  /** What the package offers. */
  readonly capabilities: readonly Capability[];
  /** The provider's developer documentation. */
  readonly docsUrl: string;
}

/**
 * Checks a descriptor against the contract at compile time and returns it unchanged.
 *
 * @param descriptor - The provider's descriptor.
 * @example
 * ```ts
 * export const example = defineProvider({ id: 'example', displayName: 'Example', authKinds: ['oauth2'],
 *   scopes: { read: 'Read data' }, defaultScopes: ['read'], capabilities: ['activities'], docsUrl: 'https://example.com/docs' });
 * ```
 */
export function defineProvider<const Id extends string, const Scope extends string>(
  descriptor: ProviderDescriptor<Id, Scope>,
): ProviderDescriptor<Id, Scope> {
  return Object.freeze(descriptor);
}

/** The app-level part of a provider: connect users, refresh and revoke. */
export interface ProviderApp {
  /** Provider id. */
  readonly provider: string;
  /** Refreshes a connection's tokens (absent for providers without refresh). */
  refresh?(tokens: TokenSet, options?: { signal?: AbortSignal }): Promise<TokenSet>;
  /** Revokes a connection, where the provider has it. */
  revoke?(tokens: TokenSet, options?: { signal?: AbortSignal }): Promise<void>;
}

/** What every per-connection client is built from. */
export interface ConnectionSettings {
  /** Where the connection's tokens live. */
  store: TokenStore;
  /** The connection key in the store. */
  key: string;
  /** The fetch to use (the sandbox's loopback fetch in demos). @defaultValue globalThis.fetch */
  fetch?: typeof fetch;
}

/** Per-call options every resource method accepts. */
export interface CallOptions {
  /** Aborts the call and any wait. */
  signal?: AbortSignal;
  /** Per-attempt timeout. */
  timeoutMs?: number;
  /** Longest rate-limit wait before `RateLimitError`. */
  maxRateLimitWaitMs?: number;
}

/** A time range for listing, `until` exclusive. */
export interface TimeRange {
  /** Start, inclusive. */
  since?: Date;
  /** End, exclusive. @defaultValue now */
  until?: Date;
}

/**
 * Options of a normalized list (`listActivities`, `listSleep`, `listDailySummaries`,
 * `listPlays`): the time range, per-call options and a saved cursor.
 */
export interface SourceListOptions<TCursor> extends TimeRange, CallOptions {
  /**
   * A saved {@link Paginator.cursor} of the same list, to resume where it stopped; pass the
   * same `since` and `until` as the run that saved it (an open `until` is read from the clock
   * again). While a page is being consumed the cursor points at that page, so a resume may
   * deliver that page's items again but never skips one.
   * @defaultValue the first page
   */
  cursor?: TCursor | undefined;
}

/**
 * The part of a client every provider with activities offers, for cross-provider helpers.
 * `TCursor` is the provider's list cursor (plain JSON). Left out, it is any provider's cursor:
 * a list of several providers' sources (each with its own cursor type) still type-checks, and
 * a cursor read from one source's paginator can be passed back to that source.
 */
// biome-ignore lint/suspicious/noExplicitAny: the cursor of some provider, given back as it came
export interface ActivitySource<TCursor = any> {
  /** Provider id. */
  readonly provider: string;
  /** Normalized activities in a time range: a lazy, resumable paginator over every page. */
  listActivities(range: SourceListOptions<TCursor>): Paginator<Activity, TCursor>;
}

/** The part of a client every provider with sleep offers, for cross-provider helpers. */
// biome-ignore lint/suspicious/noExplicitAny: as in ActivitySource, any provider's cursor
export interface SleepSource<TCursor = any> {
  /** Provider id. */
  readonly provider: string;
  /** Normalized sleeps that started in a time range: a lazy, resumable paginator. */
  listSleep(range: SourceListOptions<TCursor>): Paginator<Sleep, TCursor>;
}

/** The part of a client every provider with daily recovery, readiness or strain offers. */
// biome-ignore lint/suspicious/noExplicitAny: as in ActivitySource, any provider's cursor
export interface DailySummarySource<TCursor = any> {
  /** Provider id. */
  readonly provider: string;
  /** Normalized daily summaries whose day starts in a time range: a lazy, resumable paginator. */
  listDailySummaries(range: SourceListOptions<TCursor>): Paginator<DailySummary, TCursor>;
}

/** The part of a client every music provider offers. */
// biome-ignore lint/suspicious/noExplicitAny: as in ActivitySource, any provider's cursor
export interface PlaySource<TCursor = any> {
  /** Provider id. */
  readonly provider: string;
  /** Normalized plays in a time range, newest history the provider keeps, as a paginator. */
  listPlays(range: SourceListOptions<TCursor>): Paginator<Play, TCursor>;
}

/** The part of a client every provider with a user profile offers, for cross-provider helpers. */
export interface ProfileSource {
  /** Provider id. */
  readonly provider: string;
  /** The connected user as a normalized profile. */
  getProfile(options?: CallOptions): Promise<Profile>;
}

/** The part of a client every provider with activity time series offers (streams, graphs). */
export interface SamplesSource {
  /** Provider id. */
  readonly provider: string;
  /**
   * An activity's time series, normalized; `null` when the provider has none for it (a manual
   * entry, TrainingPeaks' 204).
   *
   * @param activityExternalId - The provider's activity id (`Activity.externalId`).
   */
  getSamples(activityExternalId: string, options?: CallOptions): Promise<Samples | null>;
}
