/** Options of the Google Health mappers that keep the payload. */
export interface GoogleHealthMapOptions {
  /** Keep the payload in the record's `raw`. @defaultValue false */
  includeRaw?: boolean;
  /**
   * The data types whose absent values are true zeros (see `GOOGLE_HEALTH_TRUE_ZERO_TYPES`).
   * @defaultValue GOOGLE_HEALTH_TRUE_ZERO_TYPES
   */
  trueZeroTypes?: readonly string[];
}
