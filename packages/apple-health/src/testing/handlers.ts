import type { IngestHandler } from '@fitlink/core';
import { type HttpHandler, http } from 'msw';

/** Options of {@link createAppleHealthHandlers}. */
export interface AppleHealthHandlersOptions {
  /** The URL the automation posts to, as the phone sees it. */
  url: string;
  /** The app's ingest handler. */
  handler: IngestHandler;
}

/**
 * msw handlers that serve an ingest handler at a URL, so in-process tests can let the sandbox
 * phone POST to `https://app.example/ingest` without a server. Apple Health has no API of its
 * own to fake: the phone is the sender, the app is the server.
 *
 * @param options - The URL and the handler.
 * @example
 * ```ts
 * const server = setupServer(...createAppleHealthHandlers({ url, handler: client.handler }));
 * ```
 */
export function createAppleHealthHandlers(options: AppleHealthHandlersOptions): HttpHandler[] {
  return [http.all(options.url, ({ request }) => options.handler(request))];
}
