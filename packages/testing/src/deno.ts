/**
 * Deno support for the sandbox. Import `@fitlink/testing/deno` first in a Deno program or test
 * entry, before anything imports msw: msw 2 opens a `BroadcastChannel` when it loads and unrefs
 * it only where the channel has `unref()` (Node). Deno's has none, so without this the process
 * never exits once msw is loaded. See {@link patchDenoBroadcastChannel}.
 *
 * @packageDocumentation
 */
import { patchDenoBroadcastChannel } from './runtime/deno-broadcast-channel.js';

patchDenoBroadcastChannel();

export { patchDenoBroadcastChannel };
