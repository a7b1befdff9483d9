/**
 * Fast parsers of the model's field schemas: plain functions that give a field's parsed value
 * without zod's per-field payloads, issue lists and copies, for the record builders' hot path.
 * Each one is registered on the very schema object it mirrors and vouches only for values that
 * schema accepts unchanged (or, for `metrics`, copies exactly as the schema does); for anything
 * else it answers {@link NOT_VOUCHED} and the schema itself decides, with its issues and paths.
 * A field whose schema has no fast parser keeps the whole record on the schema.
 */

/** A fast parser's answer for a value it does not vouch for: the schema must decide. */
export const NOT_VOUCHED: unique symbol = Symbol('fitlink.notVouched');

/**
 * Gives a field's parsed value, exactly what the field's schema would output, or
 * {@link NOT_VOUCHED}. It never vouches for a value the schema rejects.
 */
export type FastParser = (value: unknown) => unknown;

/** A fast test: true only for values the schema accepts and outputs unchanged. */
export type FastTest = (value: unknown) => boolean;

const parsers = new WeakMap<object, FastParser>();
const tests = new WeakMap<object, FastTest>();

/**
 * Registers a fast parser on a schema and gives the schema back, so the two are declared
 * together.
 *
 * @param schema - A field schema.
 * @param parser - Its fast parser.
 */
export function withFastParser<Schema extends object>(schema: Schema, parser: FastParser): Schema {
  parsers.set(schema, parser);
  return schema;
}

/**
 * Registers a test on a schema whose output is its input (no transform, no copy): values that
 * pass the test are vouched for as they are. Also usable as the schema's fast parser.
 *
 * @param schema - A field schema.
 * @param accepts - True only for values the schema accepts.
 */
export function withFastTest<Schema extends object>(schema: Schema, accepts: FastTest): Schema {
  tests.set(schema, accepts);
  return withFastParser(schema, (value) => (accepts(value) ? value : NOT_VOUCHED));
}

/**
 * The fast parser registered on a schema, if any.
 *
 * @param schema - A field schema.
 */
export function fastParserOf(schema: object): FastParser | undefined {
  return parsers.get(schema);
}

/**
 * The fast test registered on a schema, if any (a schema with a parser that copies has none).
 *
 * @param schema - A field schema.
 */
export function fastTestOf(schema: object): FastTest | undefined {
  return tests.get(schema);
}
