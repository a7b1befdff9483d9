import type { HttpHandler } from 'msw';

/**
 * The msw handlers of the Health Connect sandbox: none. Health Connect has no cloud API for a
 * client to call; the sandbox's part is the phone, which pushes (see `push` on the plugin).
 * Kept so every provider's `./testing` has the same entry points.
 */
export function createHealthConnectHandlers(): HttpHandler[] {
  return [];
}
