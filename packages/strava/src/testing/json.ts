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
  const marker = '\u0000bigint:';
  const text = JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'bigint' ? `${marker}${item.toString()}` : item,
  );
  return text.replace(/"\\u0000bigint:(-?\d+)"/g, '$1');
}

/**
 * A JSON response whose `bigint`s are written as integer literals.
 *
 * @param value - The payload.
 * @param init - Status and headers.
 */
export function stravaJsonResponse(value: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set('content-type', 'application/json; charset=utf-8');
  return new Response(stravaJson(value), { ...init, headers });
}
