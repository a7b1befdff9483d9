import type * as z from 'zod/mini';
import { ValidationError } from '../errors/index.js';
import {
  type FastParser,
  type FastTest,
  fastParserOf,
  fastTestOf,
  NOT_VOUCHED,
} from './fast-parse.js';
import { isIdCheck, recordId } from './fields.js';
import { type InstantInput, toUtcIso } from './time.js';

/**
 * The input of a record builder: `Required` keys must be given, every other field may be left
 * out (it becomes `null`, or its documented default). Keys in `Instants` accept any
 * {@link InstantInput} and are normalized to ISO 8601 UTC. `id` is never given: it is built.
 */
export type RecordInput<
  Model,
  Required extends keyof Model,
  Instants extends keyof Model = never,
> = { [K in Required]-?: K extends Instants ? InstantInput : Model[K] } & {
  [K in Exclude<keyof Model, Required | 'id'>]?:
    | (K extends Instants ? InstantInput | null : Model[K])
    | undefined;
};

/** How {@link buildRecord} fills and checks one kind of record. */
export interface BuildRecordSettings<Output = unknown> {
  /** Names the record kind in errors; becomes the `endpoint` of a `ValidationError`. */
  label: string;
  /** Fields holding instants, normalized with `toUtcIso`. @defaultValue `[]` */
  instantKeys?: readonly string[];
  /**
   * Values for fields left out, instead of `null`, or a function of the input giving them.
   * @defaultValue `{}`
   */
  defaults?:
    | Readonly<Record<string, unknown>>
    | ((input: Readonly<Record<string, unknown>>) => Readonly<Record<string, unknown>>);
  /**
   * The predicates of the schema's record-level checks (its `.check(…)` refinements), in any
   * order, one for each but the id check of `idMatchesProvider` (which the builder's records
   * pass by construction: it builds `id` from their `provider` and `externalId`). With them
   * and a fast parser on every field, a valid record is checked without zod (see
   * fast-parse.ts). With a different number of them than the schema has such checks, every
   * record goes through the schema. @defaultValue `[]`
   */
  recordChecks?: readonly ((record: Output) => boolean)[];
  /**
   * Fills the record as one object literal, every field but `raw` in the schema's order, exactly
   * as the generic fill would (see {@link fillRecord}; the model tests compare the two). Filling
   * key by key costs microseconds a literal does not. A record whose keys differ from the
   * schema's is still validated, by the schema.
   */
  assemble?: (input: Readonly<Record<string, unknown>>) => Record<string, unknown>;
  /**
   * Vouches for a filled record's fields by name, with the fast tests and parsers of the
   * schema's own field schemas (parsed values put in place), instead of the generic loop over
   * the keys: V8 reads named fields of a fixed-shape record much faster. It must fail a record
   * any field of which its fast parser would not vouch for (the model tests set each field to
   * an invalid value in turn).
   */
  vouch?: (record: Record<string, unknown>) => boolean;
}

/**
 * A schema's fields in order (without `raw`) with their fast tests (`null` for a field whose
 * parser copies) and parsers, if every field has one.
 */
interface FastPlan {
  keys: readonly string[];
  tests: readonly (FastTest | null)[];
  parsers: readonly FastParser[] | null;
  rawAtEnd: boolean;
  checkCount: number;
}

const plans = new WeakMap<z.ZodMiniObject, FastPlan>();

function planOf(schema: z.ZodMiniObject): FastPlan {
  const cached = plans.get(schema);
  if (cached) return cached;
  const allKeys = Object.keys(schema.shape);
  const keys = allKeys.filter((key) => key !== 'raw');
  const parsers = keys.map((key) => fastParserOf(schema.shape[key] as object));
  const tests = keys.map((key) => fastTestOf(schema.shape[key] as object) ?? null);
  const rawParser = allKeys.includes('raw') ? fastParserOf(schema.shape.raw as object) : null;
  const complete = parsers.every((parser) => parser !== undefined) && rawParser !== undefined;
  const plan: FastPlan = {
    keys,
    tests,
    parsers: complete ? (parsers as FastParser[]) : null,
    // An assembled record gets `raw` last, where the schema must have it.
    rawAtEnd: !allKeys.includes('raw') || allKeys.indexOf('raw') === allKeys.length - 1,
    checkCount: (schema._zod.def.checks ?? []).filter((check) => !isIdCheck(check)).length,
  };
  plans.set(schema, plan);
  return plan;
}

function isInstantInput(value: unknown): value is InstantInput {
  return typeof value === 'string' || typeof value === 'number' || value instanceof Date;
}

/**
 * The `id` of a record being filled: `<provider>:<externalId>`. When either is not a string
 * the schema rejects that field, so the id is then built from empty parts instead of
 * converting a value that may not convert (a null-prototype object throws a `TypeError`).
 *
 * @param input - The builder's input.
 */
export function idOf(input: Readonly<Record<string, unknown>>): string {
  const { provider, externalId } = input;
  return recordId(
    typeof provider === 'string' ? provider : '',
    typeof externalId === 'string' ? externalId : '',
  );
}

/**
 * A field of a record being filled: the value given, or `null` when left out.
 *
 * @param value - The input's value.
 */
export function givenOrNull<T>(value: T | undefined): T | null {
  return value === undefined ? null : value;
}

/**
 * An instant field of a record being filled: normalized to ISO 8601 UTC, or kept as given when
 * it does not parse (so the schema reports it at its path), or `null` when left out.
 *
 * @param value - The input's value.
 */
export function instantOrNull(value: unknown): unknown {
  if (value === undefined) return null;
  return isInstantInput(value) ? (toUtcIso(value) ?? value) : value;
}

/**
 * The generic fill of {@link buildRecord}, key by key in the schema's order: `id` built,
 * instants normalized, left-out fields `null` or their default, `raw` only when given.
 *
 * @param schema - The record's schema.
 * @param input - The builder's input.
 * @param settings - Instant keys and defaults.
 */
export function fillRecord(
  schema: z.ZodMiniObject,
  input: object,
  settings: Pick<BuildRecordSettings, 'instantKeys' | 'defaults'>,
): Record<string, unknown> {
  const source = input as Readonly<Record<string, unknown>>;
  const instantKeys = settings.instantKeys ?? [];
  const defaults =
    typeof settings.defaults === 'function' ? settings.defaults(source) : (settings.defaults ?? {});
  const record: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) {
    let value = source[key];
    if (key === 'id') value = idOf(source);
    // An instant that does not parse is kept as given, so the schema reports it at its path.
    else if (instantKeys.includes(key) && isInstantInput(value)) value = toUtcIso(value) ?? value;
    if (value === undefined) {
      if (key === 'raw') continue;
      value = Object.hasOwn(defaults, key) ? defaults[key] : null;
    }
    record[key] = value;
  }
  return record;
}

// Whether every field of a record filled in the schema's order is vouched for by its fast
// parser (parsed values replace the given ones: the schema would output the same).
function vouchFields(record: Record<string, unknown>, plan: FastPlan): boolean {
  const { keys, tests, parsers } = plan;
  if (!parsers) return false;
  let index = 0;
  // `for…in` over a fixed-shape object is V8's fastest way to visit every field in order.
  for (const key in record) {
    if (key === 'raw') continue;
    if (key !== keys[index]) return false;
    const test = tests[index];
    if (test) {
      if (!test(record[key])) return false;
    } else {
      const parsed = (parsers[index] as FastParser)(record[key]);
      if (parsed === NOT_VOUCHED) return false;
      record[key] = parsed;
    }
    index += 1;
  }
  return index === keys.length;
}

/**
 * Fills a normalized record from partial input (missing fields become `null`, `id` becomes
 * `<provider>:<externalId>`, `raw` is kept only when given) and validates it against its schema.
 * A record whose every field its fast parser vouches for, and which passes every record check,
 * is valid without running the schema (the same verdict and output, a fraction of the time);
 * any other goes through the schema, which gives the issues.
 *
 * @throws ValidationError listing each failing field with its path, when the result does not
 * match the schema (a wrong type, an unparseable instant, a negative duration …).
 *
 * @example
 * ```ts
 * const play = buildRecord(playSchema, input, { label: 'play', instantKeys: ['playedAt'] });
 * ```
 */
export function buildRecord<Schema extends z.ZodMiniObject>(
  schema: Schema,
  input: object,
  settings: BuildRecordSettings<z.output<Schema>>,
): z.output<Schema> {
  const source = input as Readonly<Record<string, unknown>>;
  const plan = planOf(schema);
  const recordChecks = settings.recordChecks ?? [];
  let record: Record<string, unknown>;
  if (settings.assemble && plan.rawAtEnd) {
    record = settings.assemble(source);
    if (source.raw !== undefined) record.raw = source.raw;
  } else {
    record = fillRecord(schema, source, settings);
  }
  // Fast only when the checks given are as many as the schema has: a check added to a schema
  // without its predicate here sends every record through the schema, never skips the check.
  if (
    recordChecks.length === plan.checkCount &&
    (settings.vouch ? settings.vouch(record) : vouchFields(record, plan))
  ) {
    const output = record as z.output<Schema>;
    let valid = true;
    for (const check of recordChecks) valid &&= check(output);
    if (valid) return output;
  }
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  throw new ValidationError(`Invalid ${settings.label}`, {
    endpoint: settings.label,
    issues: result.error.issues,
    ...(typeof source.provider === 'string' ? { provider: source.provider } : {}),
  });
}
