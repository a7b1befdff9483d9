/**
 * SmashRun's `fromDate`: unix seconds (UTC). The explorer says the search endpoints take "unix
 * timestamps (UTC)"; fitlink sends the instant's epoch seconds, never a local-time value.
 *
 * @param since - The instant.
 */
export function toFromDate(since: Date): number {
  return Math.floor(since.getTime() / 1000);
}
