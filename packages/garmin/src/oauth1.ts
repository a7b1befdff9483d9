import { createOAuth1App, type OAuth1App, type ProviderAppOptions } from '@fitlink/core';
import {
  GARMIN_OAUTH1_ACCESS_TOKEN_URL,
  GARMIN_OAUTH1_AUTHORIZE_URL,
  GARMIN_OAUTH1_REQUEST_TOKEN_URL,
} from './endpoints.js';

/** The date Garmin retires OAuth 1.0a: existing tokens stop working after it. */
export const GARMIN_OAUTH1_RETIREMENT_DATE = '2026-12-31';

/** Settings of {@link createGarminOAuth1App}. */
export interface GarminOAuth1AppSettings extends ProviderAppOptions {
  /** The app's consumer key. */
  consumerKey: string;
  /** The app's consumer secret. */
  consumerSecret: string;
  /** Where Garmin sends the user back (`oob` for out-of-band). */
  callbackUrl: string;
  /** Request-token endpoint. @defaultValue {@link GARMIN_OAUTH1_REQUEST_TOKEN_URL} */
  requestTokenUrl?: string;
  /** User authorization page. @defaultValue {@link GARMIN_OAUTH1_AUTHORIZE_URL} */
  authorizeUrl?: string;
  /** Access-token endpoint. @defaultValue {@link GARMIN_OAUTH1_ACCESS_TOKEN_URL} */
  accessTokenUrl?: string;
}

/**
 * Garmin's legacy OAuth 1.0a three-legged flow (request token, user authorization, access
 * token), HMAC-SHA1-signed with core's WebCrypto signer. Kept only to read and migrate existing
 * connections: new users connect with {@link createGarminApp} (OAuth 2 PKCE), and existing ones
 * move with {@link migrateGarminOAuth1Connection} without consenting again.
 *
 * @deprecated Garmin retires OAuth 1.0a on 2026-12-31. Use `createGarminApp` (OAuth 2 PKCE) and
 * migrate existing tokens with `migrateGarminOAuth1Connection` before that date.
 * @example
 * ```ts
 * const legacy = createGarminOAuth1App({ consumerKey: 'key', consumerSecret: 'secret', callbackUrl: 'https://example.com/garmin/callback' });
 * const { url, requestToken, requestTokenSecret } = await legacy.createAuthorization();
 * ```
 */
export function createGarminOAuth1App(settings: GarminOAuth1AppSettings): OAuth1App {
  return createOAuth1App({
    provider: 'garmin',
    consumerKey: settings.consumerKey,
    consumerSecret: settings.consumerSecret,
    callbackUrl: settings.callbackUrl,
    requestTokenUrl: settings.requestTokenUrl ?? GARMIN_OAUTH1_REQUEST_TOKEN_URL,
    authorizeUrl: settings.authorizeUrl ?? GARMIN_OAUTH1_AUTHORIZE_URL,
    accessTokenUrl: settings.accessTokenUrl ?? GARMIN_OAUTH1_ACCESS_TOKEN_URL,
    ...(settings.fetch ? { fetch: settings.fetch } : {}),
    ...(settings.clock ? { clock: settings.clock } : {}),
  });
}
