/**
 * Codes of {@link OAuth2Warning}: `offline_access_without_consent` (the request asks for
 * `offline_access` without `prompt=consent`, which standard OpenID servers answer without a
 * refresh token), `auth_method_not_advertised` (the server's metadata does not list the app's
 * client authentication method), `pkce_not_advertised` (the metadata does not list S256).
 */
export type OAuth2WarningCode =
  | 'offline_access_without_consent'
  | 'auth_method_not_advertised'
  | 'pkce_not_advertised';

/**
 * Something an OAuth 2 app noticed that will probably not work as meant, reported through the
 * `onWarning` setting instead of failing (the provider may still accept it).
 *
 * @example
 * ```ts
 * createOAuth2App({ ...settings, onWarning: (warning) => logger.warn(warning.code, warning.message) });
 * ```
 */
export interface OAuth2Warning {
  /** What was noticed. */
  code: OAuth2WarningCode;
  /** Provider id. */
  provider: string;
  /** What to change, in words. */
  message: string;
}
