import * as z from 'zod/mini';
import { spotifyExternalUrlsSchema, spotifyImageSchema } from './common.js';

/**
 * The current user's profile (`GET /me`, `PrivateUserObject`).
 *
 * @see https://developer.spotify.com/documentation/web-api/reference/get-current-users-profile
 */
export const spotifyUserSchema = z.looseObject({
  /** Spotify user id (may change; use `account_id` to link accounts when present). */
  id: z.string(),
  /** Immutable, pseudonymous account id. */
  account_id: z.optional(z.string()),
  /** Display name, `null` when not set. */
  display_name: z.nullish(z.string()),
  /** Profile images. */
  images: z.optional(z.array(spotifyImageSchema)),
  /** `spotify:user:<id>`. */
  uri: z.optional(z.string()),
  /** Web API link. */
  href: z.optional(z.string()),
  /** `user`. */
  type: z.optional(z.string()),
  /** Known external URLs. */
  external_urls: z.optional(spotifyExternalUrlsSchema),
  /**
   * Email (unverified; scope `user-read-email`).
   * @deprecated Dropped for development-mode apps since February 2026.
   */
  email: z.nullish(z.string()),
  /**
   * ISO 3166-1 alpha-2 country (scope `user-read-private`).
   * @deprecated Dropped for development-mode apps since February 2026.
   */
  country: z.nullish(z.string()),
  /**
   * Subscription level: `premium`, `free` … (scope `user-read-private`).
   * @deprecated Dropped for development-mode apps since February 2026.
   */
  product: z.nullish(z.string()),
  /**
   * Follower count.
   * @deprecated Dropped for development-mode apps since February 2026.
   */
  followers: z.optional(
    z.looseObject({
      /** The number of followers. */
      total: z.optional(z.number()),
    }),
  ),
});

/** The current user's profile. */
export type SpotifyUser = z.infer<typeof spotifyUserSchema>;
