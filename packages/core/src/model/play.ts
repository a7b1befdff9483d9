import * as z from 'zod/mini';
import { buildRecord, type RecordInput } from './build-record.js';
import {
  externalIdSchema,
  idMatchesProvider,
  instantSchema,
  nullableAmountSchema,
  nullableTextSchema,
  providerIdSchema,
  rawSchema,
} from './fields.js';

/**
 * One played track (Spotify recently played and the like), kept so plays can be joined with
 * the activities they happened during.
 */
export const playSchema = z
  .object({
    /** `<provider>:<externalId>`. */
    id: z.string(),
    /** Provider id, such as `spotify`. */
    provider: providerIdSchema,
    /** A stable id for this play; for providers without one, track id plus play time. */
    externalId: externalIdSchema,
    /** When the play was recorded, ISO 8601 UTC (Spotify `played_at`). */
    playedAt: instantSchema,
    /** Length of the track in seconds. */
    durationSeconds: nullableAmountSchema,
    /** Track title. */
    trackName: z.string(),
    /** Artist names, in the provider's order; empty when unknown. */
    artists: z.array(z.string()),
    /** Album title. */
    album: nullableTextSchema,
    /** The provider's id for the track (not the play). */
    trackId: externalIdSchema,
    /** International Standard Recording Code, joinable across services. */
    isrc: nullableTextSchema,
    /** The provider's URI for the track, such as `spotify:track:…`. */
    uri: nullableTextSchema,
    /** The provider payload, when kept. */
    raw: rawSchema,
  })
  .check(idMatchesProvider());

/** One played track. */
export type Play = z.infer<typeof playSchema>;

/**
 * Input of {@link createPlay}: provider, external id, play time, track name and track id are
 * required; `artists` defaults to `[]`.
 */
export type PlayInput = RecordInput<
  Play,
  'provider' | 'externalId' | 'playedAt' | 'trackName' | 'trackId',
  'playedAt'
>;

/**
 * Builds a normalized play: fills `null` for missing fields, builds `id`, normalizes
 * `playedAt` to UTC, and validates.
 *
 * @throws ValidationError with the path of each invalid field.
 *
 * @example
 * ```ts
 * const play = createPlay({
 *   provider: 'spotify',
 *   externalId: '4uLU6hMCjMI75M1A2tKUQC@2026-05-01T06:41:12.000Z',
 *   playedAt: '2026-05-01T06:41:12.000Z',
 *   trackName: 'Example Track',
 *   trackId: '4uLU6hMCjMI75M1A2tKUQC',
 *   artists: ['Example Artist'],
 *   durationSeconds: millisecondsToSeconds(213_000),
 * });
 * ```
 */
export function createPlay(input: PlayInput): Play {
  return buildRecord(playSchema, input, {
    label: 'play',
    instantKeys: ['playedAt'],
    defaults: { artists: [] },
  });
}
