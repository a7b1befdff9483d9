import type { TokenSet } from '@fitlink/core';

/** The part of a provider app the authorization-code flow needs. */
export interface CodeFlowApp {
  createAuthorization(): Promise<{ url: URL; state: string; codeVerifier?: string | undefined }>;
  exchangeCode(options: { callback: URL; state: string; codeVerifier?: string }): Promise<TokenSet>;
}

/**
 * Authorization URL → consent (`authorize` returns the callback URL) → code exchange with the
 * saved `state` and PKCE verifier: the same for every OAuth 2 provider package.
 */
export async function codeFlow(
  app: CodeFlowApp,
  authorize: (url: URL) => Promise<URL>,
): Promise<TokenSet> {
  const authorization = await app.createAuthorization();
  const callback = await authorize(authorization.url);
  return app.exchangeCode({
    callback,
    state: authorization.state,
    ...(authorization.codeVerifier ? { codeVerifier: authorization.codeVerifier } : {}),
  });
}
