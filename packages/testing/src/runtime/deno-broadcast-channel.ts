/**
 * Gives Deno's `BroadcastChannel` the `ref()` / `unref()` pair Node's has, so a library that
 * unrefs its channel when it can (msw 2 opens one at import, for WebSocket mocks, and unrefs it
 * on Node) no longer keeps a Deno process alive after its work is done. Elsewhere, and on a
 * Deno whose channel already has `unref` or lacks the internal ref switch, it changes nothing.
 *
 * @returns Whether the prototype was patched.
 *
 * @example
 * ```ts
 * // deno test entry, before anything imports msw:
 * import '@fitlink/testing/deno';
 * ```
 */
export function patchDenoBroadcastChannel(): boolean {
  const global = globalThis as { Deno?: unknown; BroadcastChannel?: { prototype: object } };
  if (global.Deno === undefined || global.BroadcastChannel === undefined) return false;
  const prototype = global.BroadcastChannel.prototype as Record<PropertyKey, unknown>;
  if (typeof prototype.unref === 'function') return false;
  // Deno's channel switches its hold on the event loop with an internal, symbol-keyed method.
  const refSwitch = Object.getOwnPropertySymbols(prototype).find(
    (symbol) => symbol.description === 'refBroadcastChannel',
  );
  if (refSwitch === undefined || typeof prototype[refSwitch] !== 'function') return false;
  Object.defineProperties(prototype, {
    ref: {
      configurable: true,
      value(this: Record<symbol, (on: boolean) => void>) {
        this[refSwitch]?.(true);
      },
    },
    unref: {
      configurable: true,
      value(this: Record<symbol, (on: boolean) => void>) {
        this[refSwitch]?.(false);
      },
    },
  });
  return true;
}
