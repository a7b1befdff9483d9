/**
 * Serializes a value as COROS does: 64-bit ids (`labelId`, `uploadId`), which fitlink keeps as
 * decimal strings, are written back as bare JSON numbers, so clients meet the real wire shape
 * (and must parse it without rounding).
 *
 * @param value - The value to serialize.
 * @example
 * ```ts
 * stringifyCorosJson({ labelId: '461734982359384066' }); // '{"labelId":461734982359384066}'
 * ```
 */
export function stringifyCorosJson(value: unknown): string {
  return JSON.stringify(value).replace(/"(labelId|uploadId)":"(\d+)"/g, '"$1":$2');
}
