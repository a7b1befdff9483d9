import type { QueryValue } from './http-types.js';

/**
 * Resolves a path against the base URL and appends query parameters (arrays repeat the
 * parameter; `undefined` and `null` are dropped; dates become ISO 8601).
 *
 * @param base - The base URL (ending with `/`).
 * @param path - A relative path or an absolute URL.
 * @param query - Query parameters.
 * @example
 * ```ts
 * buildUrl(new URL('https://api.example.com/v1/'), '/activities', { page: 2, ids: [1, 2] });
 * // https://api.example.com/v1/activities?page=2&ids=1&ids=2
 * ```
 */
export function buildUrl(base: URL, path: string, query?: Record<string, QueryValue>): URL {
  const url = new URL(path.replace(/^\//, ''), base);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) url.searchParams.append(name, String(item));
    else url.searchParams.set(name, value instanceof Date ? value.toISOString() : String(value));
  }
  return url;
}
