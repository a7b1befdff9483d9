/**
 * Serializes a payload as Strava does, writing `bigint` values as bare integer literals, so ids
 * beyond 2^53 reach the client exactly as Strava's int64 ids do.
 *
 * @param value - The payload; `bigint`s anywhere inside are written as numbers.
 * @example
 * ```ts
 * stravaJson({ id: 9007199254740993n }); // '{"id":9007199254740993}'
 * ```
 */
export function stravaJson(value: unknown): string {
  return writeInt64(value, () => false);
}

// Fields Strava types as int64. The fake renders them as the client reads them (a number when
// it fits a double, else a decimal string, see `parseStravaJson`); the wire has bare integers.
const INT64_FIELDS = new Set(['id', 'upload_id', 'activity_id']);

/**
 * A JSON response in Strava's wire form: `bigint`s, and the decimal-string ids of int64 fields
 * (`id`, `upload_id`, `activity_id`) as the fake renders them, are written as integer literals.
 * The sandbox API sends every answer through it (`createProviderApi`'s `json`).
 *
 * @param value - The payload.
 * @param init - Status and headers.
 * @example
 * ```ts
 * stravaJsonResponse({ id: '18014398509482993', id_str: '18014398509482993' }, { status: 201 });
 * // body: {"id":18014398509482993,"id_str":"18014398509482993"}
 * ```
 */
export function stravaJsonResponse(value: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set('content-type', 'application/json; charset=utf-8');
  const body = writeInt64(value, (key, item) => INT64_FIELDS.has(key) && /^-?\d+$/.test(item));
  return new Response(body, { ...init, headers });
}

function writeInt64(value: unknown, isInt64: (key: string, item: string) => boolean): string {
  const marker = '\u0000int64:';
  const text = JSON.stringify(value, (key, item: unknown) =>
    typeof item === 'bigint' || (typeof item === 'string' && isInt64(key, item))
      ? `${marker}${String(item)}`
      : item,
  );
  return text.replace(/"\\u0000int64:(-?\d+)"/g, '$1');
}
