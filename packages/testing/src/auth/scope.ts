import type { ServerState } from './server-state.js';

/** Splits a `scope` parameter on the server's separator; `null` means "not sent". */
export function parseScope(state: ServerState, raw: string | null): readonly string[] {
  if (raw === null) return state.defaultScope;
  return [...new Set(raw.split(state.scopeSeparator).map((s) => s.trim()))].filter(Boolean);
}

/** Joins scopes with the server's separator, for responses. */
export function formatScope(state: ServerState, scope: readonly string[]): string {
  return scope.join(state.scopeSeparator);
}

/** The first scope the server does not support, if any. */
export function unsupportedScope(state: ServerState, scope: readonly string[]): string | undefined {
  const supported = state.supportedScopes;
  return supported === undefined ? undefined : scope.find((s) => !supported.has(s));
}
