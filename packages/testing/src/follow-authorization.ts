/**
 * Plays the browser on the consent step: requests an authorization URL without following
 * redirects and returns the redirect target (the app's callback with `code` and `state`, or
 * with `error`).
 *
 * @param url - The authorization URL the app built.
 * @param fetch - The fetch to use: the loopback one, or the global one under msw.
 * @defaultValue `fetch` is `globalThis.fetch`
 * @throws TypeError when the answer is not a redirect with a `Location` header.
 *
 * @example
 * ```ts
 * const callback = await followAuthorization(authorizationUrl, loopback.fetch);
 * const code = callback.searchParams.get('code');
 * ```
 */
export async function followAuthorization(
  url: string | URL,
  fetch: typeof globalThis.fetch = globalThis.fetch,
): Promise<URL> {
  const response = await fetch(url, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (response.status < 300 || response.status > 399 || location === null) {
    const body = await response.text().catch(() => '');
    throw new TypeError(
      `followAuthorization: expected a redirect, got HTTP ${response.status} ${body.slice(0, 200)}`,
    );
  }
  return new URL(location, url);
}
