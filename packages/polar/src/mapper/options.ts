/** Options of the Polar mappers. */
export interface PolarMapOptions {
  /** Keep the Polar payload as the normalized record's `raw`. @defaultValue false */
  includeRaw?: boolean;
  /**
   * The user's IANA time zone, to place a local time that comes with no offset at all (the
   * record's own offset wins). @defaultValue none: such a record is a `ValidationError`
   */
  timeZone?: string;
}

/** Options of {@link mapPolarTrainingSession}. */
export interface PolarTrainingSessionMapOptions extends PolarMapOptions {
  /**
   * Sport id → Polar name key (`RUNNING`), from `GET /v4/data/sports/list`: v4 sessions name
   * their sport by id only. The client's `listActivities` fills it. @defaultValue none: the sport is `other`
   */
  sportNames?: ReadonlyMap<string, string>;
}
