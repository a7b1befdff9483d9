import type * as zc from 'zod/v4/core';

/** True only for a value the schema accepts and outputs unchanged. */
type Acceptor = (value: unknown) => boolean;

// `null`: the schema (or a part of it) is not one an acceptor can mirror exactly.
const acceptors = new WeakMap<object, Acceptor | null>();
// Tests declared beside custom checks (refinements) by the code that wrote them.
const declaredCheckTests = new WeakMap<object, Acceptor>();

/**
 * Declares a plain test beside a custom check (`z.superRefine`, `z.refine`), so that schemas
 * using the check keep their fast acceptor ({@link schemaAcceptor}): the test must be true only
 * for values on which the check adds no issue. Where it says no, zod runs the check itself.
 *
 * @param check - The check, as passed to `.check(…)`.
 * @param test - True only for values the check lets pass.
 * @returns The same check.
 * @example
 * ```ts
 * const positive = declareCheckAcceptor(z.refine((n: number) => n > 0), (n) => (n as number) > 0);
 * ```
 */
export function declareCheckAcceptor<Check extends object>(
  check: Check,
  test: (value: unknown) => boolean,
): Check {
  declaredCheckTests.set(check, test);
  return check;
}

interface LooseDef {
  readonly type: string;
  readonly [key: string]: unknown;
}

interface CheckDef {
  readonly check: string;
  readonly [key: string]: unknown;
}

// Keys of a def that never change what a schema accepts (messages, metadata).
const NEUTRAL_KEYS = new Set(['type', 'error', 'abort', 'description']);

function defOf(schema: unknown): LooseDef | undefined {
  const internals = (schema as { _zod?: { def?: LooseDef } } | null)?._zod;
  return internals?.def;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Whether a def holds only the keys listed (and the neutral ones).
function only(def: LooseDef, keys: readonly string[]): boolean {
  for (const key of Object.keys(def)) {
    if (NEUTRAL_KEYS.has(key) || keys.includes(key)) continue;
    const value = def[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    return false;
  }
  return true;
}

// zod versions count a string's length in UTF-16 units or in code points: the two agree unless
// the string holds a surrogate, which is left to zod.
const SURROGATE = /[\uD800-\uDFFF]/;
function measurable(value: unknown): boolean {
  return Array.isArray(value) || (typeof value === 'string' && !SURROGATE.test(value));
}
function lengthOf(value: unknown): number {
  return (value as { length: number }).length;
}

// One check (`z.regex`, `z.minLength`, `z.gte` …) as a test of the value, or `null`.
function compileCheck(check: unknown): Acceptor | null {
  const def = (check as { _zod?: { def?: CheckDef } } | null)?._zod?.def;
  const declared =
    typeof check === 'object' && check !== null ? declaredCheckTests.get(check) : undefined;
  if (declared !== undefined) return declared;
  // A `when` only ever skips a check (zod more lenient), so running the check anyway is safe.
  if (def === undefined) return null;
  switch (def.check) {
    case 'string_format': {
      const { pattern } = def;
      if (def.format !== 'regex' || !(pattern instanceof RegExp)) return null;
      return (value) => {
        pattern.lastIndex = 0;
        return typeof value === 'string' && pattern.test(value);
      };
    }
    case 'min_length': {
      const minimum = def.minimum;
      if (typeof minimum !== 'number') return null;
      return (value) => measurable(value) && lengthOf(value) >= minimum;
    }
    case 'max_length': {
      const maximum = def.maximum;
      if (typeof maximum !== 'number') return null;
      return (value) => measurable(value) && lengthOf(value) <= maximum;
    }
    case 'length_equals': {
      const length = def.length;
      if (typeof length !== 'number') return null;
      return (value) => measurable(value) && lengthOf(value) === length;
    }
    case 'greater_than': {
      const bound = def.value;
      if (typeof bound !== 'number') return null;
      return def.inclusive
        ? (value) => (value as number) >= bound
        : (value) => (value as number) > bound;
    }
    case 'less_than': {
      const bound = def.value;
      if (typeof bound !== 'number') return null;
      return def.inclusive
        ? (value) => (value as number) <= bound
        : (value) => (value as number) < bound;
    }
    case 'number_format':
      return def.format === 'safeint' ? (value) => Number.isSafeInteger(value) : null;
    default:
      return null;
  }
}

// A type test followed by the schema's checks, or `null` when a check cannot be mirrored.
function withChecks(def: LooseDef, test: Acceptor): Acceptor | null {
  const checks = (def.checks as readonly unknown[] | undefined) ?? [];
  const compiled: Acceptor[] = [];
  for (const check of checks) {
    const accept = compileCheck(check);
    if (accept === null) return null;
    compiled.push(accept);
  }
  if (compiled.length === 0) return test;
  return (value) => {
    if (!test(value)) return false;
    for (const accept of compiled) if (!accept(value)) return false;
    return true;
  };
}

function compileObject(def: LooseDef): Acceptor | null {
  if (!only(def, ['shape', 'catchall', 'checks'])) return null;
  const shape = def.shape as Record<string, unknown>;
  const keys = Object.keys(shape);
  const fields: Acceptor[] = [];
  for (const key of keys) {
    const field = compileAcceptor(shape[key]);
    if (field === null) return null;
    fields.push(field);
  }
  const known = new Set(keys);
  let rest: Acceptor | 'strip' = 'strip';
  if (def.catchall !== undefined) {
    const catchall = compileAcceptor(def.catchall);
    if (catchall === null) return null;
    rest = catchall;
  }
  const test: Acceptor = (value) => {
    if (!isPlainObject(value)) return false;
    for (let index = 0; index < keys.length; index++) {
      const accept = fields[index] as Acceptor;
      if (!accept(value[keys[index] as string])) return false;
    }
    // A plain object drops unknown keys (so the output would differ): zod decides those.
    for (const key in value) {
      if (known.has(key)) continue;
      if (rest === 'strip' || !rest(value[key])) return false;
    }
    return true;
  };
  return withChecks(def, test);
}

function compileKnown(def: LooseDef): Acceptor | null {
  switch (def.type) {
    case 'string':
      return only(def, ['checks', 'coerce']) && !def.coerce
        ? withChecks(def, (value) => typeof value === 'string')
        : null;
    case 'number': {
      if (!only(def, ['checks', 'coerce', 'check', 'format']) || def.coerce) return null;
      if (def.check !== undefined && (def.check !== 'number_format' || def.format !== 'safeint'))
        return null;
      const integer = def.format === 'safeint';
      return withChecks(def, (value) =>
        integer ? Number.isSafeInteger(value) : typeof value === 'number' && Number.isFinite(value),
      );
    }
    case 'boolean':
      return only(def, ['checks', 'coerce']) && !def.coerce
        ? withChecks(def, (value) => typeof value === 'boolean')
        : null;
    case 'null':
      return only(def, []) ? (value) => value === null : null;
    case 'never':
      return only(def, []) ? () => false : null;
    case 'unknown':
    case 'any':
      return only(def, []) ? () => true : null;
    case 'literal': {
      if (!only(def, ['values'])) return null;
      const values = new Set(def.values as readonly unknown[]);
      return (value) => values.has(value);
    }
    case 'enum': {
      if (!only(def, ['entries'])) return null;
      const entries = Object.values(def.entries as Record<string, unknown>);
      // A numeric TypeScript enum maps both ways: zod filters that, so it decides those.
      if (entries.some((entry) => typeof entry !== 'string')) return null;
      const values = new Set(entries);
      return (value) => values.has(value);
    }
    case 'optional': {
      const inner = only(def, ['innerType']) ? compileAcceptor(def.innerType) : null;
      return inner && ((value) => value === undefined || inner(value));
    }
    case 'nullable': {
      const inner = only(def, ['innerType']) ? compileAcceptor(def.innerType) : null;
      return inner && ((value) => value === null || inner(value));
    }
    case 'array': {
      const element = only(def, ['element', 'checks']) ? compileAcceptor(def.element) : null;
      if (element === null) return null;
      return withChecks(def, (value) => {
        if (!Array.isArray(value)) return false;
        // An index loop, not `every`: a hole is `undefined` to zod, skipped by `every`.
        for (let index = 0; index < value.length; index++) if (!element(value[index])) return false;
        return true;
      });
    }
    case 'union': {
      // A discriminated or exclusive union picks its options by other rules: zod decides.
      if (!only(def, ['options'])) return null;
      const options: Acceptor[] = [];
      for (const option of def.options as readonly unknown[]) {
        const accept = compileAcceptor(option);
        if (accept === null) return null;
        options.push(accept);
      }
      return (value) => options.some((accept) => accept(value));
    }
    case 'record': {
      if (!only(def, ['keyType', 'valueType'])) return null;
      const keyDef = defOf(def.keyType);
      if (keyDef === undefined || keyDef.type !== 'string' || !only(keyDef, [])) return null;
      const valueAccept = compileAcceptor(def.valueType);
      if (valueAccept === null) return null;
      return (value) => {
        if (!isPlainObject(value)) return false;
        for (const key in value) if (!valueAccept(value[key])) return false;
        return true;
      };
    }
    case 'object':
      return compileObject(def);
    default:
      return null; // transforms, defaults, pipes, lazy, tuples …: zod decides
  }
}

/**
 * A plain test compiled from a zod schema that is true only for values the schema accepts and
 * outputs unchanged (equal, key for key), or `null` when the schema uses anything it cannot
 * mirror exactly (a transform, a default, a refinement, a discriminated union …). Compiled once
 * per schema and kept.
 *
 * The test never says yes to a value zod would reject or change; for anything it says no to, zod
 * runs as before, with its issues and paths. A property test in core checks the first half on
 * arbitrary and mutated JSON for every kind of schema it mirrors.
 *
 * @param schema - A zod schema.
 * @returns The test, or `null`.
 * @example
 * ```ts
 * const accepts = schemaAcceptor(stravaActivityListSchema);
 * if (accepts?.(payload)) return payload; // valid as it is: no zod pass needed
 * ```
 */
export function schemaAcceptor(schema: zc.$ZodType): ((value: unknown) => boolean) | null {
  return compileAcceptor(schema);
}

function compileAcceptor(schema: unknown): Acceptor | null {
  if (typeof schema !== 'object' || schema === null) return null;
  const cached = acceptors.get(schema);
  if (cached !== undefined) return cached;
  // A schema that refers to itself cannot be compiled this way (lazy is refused anyway).
  acceptors.set(schema, null);
  const def = defOf(schema);
  const compiled = def === undefined ? null : compileKnown(def);
  acceptors.set(schema, compiled);
  return compiled;
}
