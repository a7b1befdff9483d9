/** Result of reading a form-encoded request body. */
export type FormParamsResult =
  | { readonly ok: true; readonly params: URLSearchParams }
  | { readonly ok: false; readonly description: string };

/**
 * Returns the first parameter that occurs more than once; RFC 6749 3.1 and 3.2 forbid
 * repeating any request parameter.
 */
export function repeatedParam(params: URLSearchParams): string | undefined {
  return [...new Set(params.keys())].find((name) => params.getAll(name).length > 1);
}

/** Reads an `application/x-www-form-urlencoded` body (RFC 6749 3.2), rejecting other types. */
export async function readFormParams(request: Request): Promise<FormParamsResult> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    return { ok: false, description: 'Content-Type must be application/x-www-form-urlencoded' };
  }
  const params = new URLSearchParams(await request.text());
  const repeated = repeatedParam(params);
  if (repeated !== undefined) return { ok: false, description: `"${repeated}" is repeated` };
  return { ok: true, params };
}
