import type { RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach } from 'vitest';

/**
 * Starts one msw server for the file and, before each test, swaps in the handlers of a fresh
 * object from `create` so tests never share state. Unhandled requests fail the test.
 */
export function useMsw<T extends { readonly handlers: readonly RequestHandler[] }>(
  create: () => T,
): () => T {
  const server = setupServer();
  let current: T | undefined;
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    current = create();
    server.resetHandlers(...current.handlers);
  });
  afterAll(() => server.close());
  return () => {
    if (current === undefined) throw new Error('useMsw: no current value outside a test');
    return current;
  };
}
