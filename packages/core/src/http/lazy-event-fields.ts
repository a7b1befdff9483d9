/**
 * Adds fields to a hook event that are computed on first read and kept: the redacted URL and
 * headers, which cost a scan of every secret per request. A hook that never reads them (a
 * counter, a timer) costs nothing; one that does sees the same values as if they had been
 * computed up front. The fields are enumerable, so spreading or logging the event shows them.
 *
 * @param event - The event without the lazy fields.
 * @param fields - How to compute each field.
 * @returns The same object, with a getter per field.
 * @example
 * ```ts
 * const event = lazyEventFields({ type: 'request', provider }, { url: () => call.redactedUrl() });
 * ```
 */
export function lazyEventFields<Event extends object, Fields extends Record<string, unknown>>(
  event: Event,
  fields: { [K in keyof Fields]: () => Fields[K] },
): Event & Fields {
  for (const name of Object.keys(fields) as Array<keyof Fields & string>) {
    const compute = fields[name];
    let computed = false;
    let value: Fields[typeof name] | undefined;
    Object.defineProperty(event, name, {
      enumerable: true,
      configurable: true,
      get() {
        if (!computed) {
          value = compute();
          computed = true;
        }
        return value;
      },
    });
  }
  return event as Event & Fields;
}
