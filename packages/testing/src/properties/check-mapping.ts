import { schemaAcceptor, ValidationError, validatePayload } from '@fitlink/core';
import type * as zc from 'zod/v4/core';

/** How one payload went through parse and map. */
export type MappingOutcome =
  | { readonly kind: 'mapped'; readonly records: readonly unknown[] }
  | {
      readonly kind: 'rejected';
      readonly stage: 'schema' | 'mapper';
      readonly error: ValidationError;
    };

/** What {@link checkMapping} runs: the schema, the mapper and the model its records must pass. */
export interface MappingUnderTest<Schema extends zc.$ZodType, Output> {
  /** Provider id, for the errors. */
  readonly provider: string;
  /** Names the mapper in errors. */
  readonly name: string;
  /** The payload schema the client validates with before mapping. */
  readonly schema: Schema;
  /** The mapper, given the parsed payload. */
  readonly map: (payload: zc.output<Schema>) => Output;
  /** The schema every produced record must pass (core's `activitySchema` …). */
  readonly model: zc.$ZodType;
  /** Further checks of each record against its payload; throw to fail. */
  readonly check?: ((record: unknown, payload: zc.output<Schema>) => void) | undefined;
}

/** A broken property: the message says what happened and to which payload. */
export class MapperPropertyError extends Error {
  override readonly name = 'MapperPropertyError';
}

function describeThrown(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return `a thrown ${typeof error} (${String(error)})`;
}

function expectValidationError(
  error: unknown,
  stage: 'schema' | 'mapper',
  name: string,
): ValidationError {
  if (!(error instanceof ValidationError)) {
    throw new MapperPropertyError(
      `${name}: the ${stage} threw ${describeThrown(error)}, not a ValidationError`,
      { cause: error },
    );
  }
  if (error.issues.length === 0) {
    throw new MapperPropertyError(`${name}: a ValidationError from the ${stage} has no issue`, {
      cause: error,
    });
  }
  // After the schema passed, the payload is an object: a mapper's error names a field.
  if (stage === 'mapper' && error.issues.every((issue) => issue.path.length === 0)) {
    throw new MapperPropertyError(`${name}: the mapper's ValidationError names no path`, {
      cause: error,
    });
  }
  return error;
}

/** Equal as JSON values: same types, same items, same keys and values in any order. */
function sameJson(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null)
    return false;
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  const leftRecord = left as Record<string, unknown>;
  const rightRecord = right as Record<string, unknown>;
  const keys = Object.keys(leftRecord).filter((key) => leftRecord[key] !== undefined);
  const otherKeys = Object.keys(rightRecord).filter((key) => rightRecord[key] !== undefined);
  if (keys.length !== otherKeys.length) return false;
  return keys.every((key) => sameJson(leftRecord[key], rightRecord[key]));
}

/**
 * Core's `validatePayload` returns a payload as it is when the schema's compiled acceptor says
 * zod would accept it unchanged: checks that claim on this payload against zod itself.
 */
function checkAcceptor(schema: zc.$ZodType, payload: unknown, name: string): void {
  if (!schemaAcceptor(schema)?.(payload)) return;
  // zod itself, through the Standard Schema interface every zod 4 schema has.
  const result = schema['~standard'].validate(payload);
  let problem: string | undefined;
  if (result instanceof Promise || result.issues !== undefined) problem = 'rejects';
  else if (!sameJson(result.value, payload)) problem = 'changes';
  if (problem !== undefined) {
    throw new MapperPropertyError(
      `${name}: the schema's fast acceptor took a payload that zod ${problem}`,
    );
  }
}

/** The records of a mapper's output: one record, a list of them, or none (`null`/`undefined`). */
export function recordsOf(output: unknown): readonly unknown[] {
  if (output === null || output === undefined) return [];
  return Array.isArray(output) ? output : [output];
}

/**
 * Runs one payload through the schema (as the client does, with core's `validatePayload`) and
 * the mapper, and checks the property: either every record passes the model (and `check`), or
 * the schema or the mapper threw a `ValidationError` with issues. Anything else (a `TypeError`,
 * a `RangeError`, a raw `ZodError`, a record the model rejects) throws a
 * {@link MapperPropertyError}.
 *
 * @param mapping - Schema, mapper, model and checks.
 * @param payload - Any JSON value.
 * @returns What happened, for statistics.
 * @throws MapperPropertyError when the property does not hold.
 */
export function checkMapping<Schema extends zc.$ZodType, Output>(
  mapping: MappingUnderTest<Schema, Output>,
  payload: unknown,
): MappingOutcome {
  const { name, provider } = mapping;
  checkAcceptor(mapping.schema, payload, name);
  let parsed: zc.output<Schema>;
  try {
    parsed = validatePayload(mapping.schema, payload, { provider, endpoint: name });
  } catch (error) {
    return {
      kind: 'rejected',
      stage: 'schema',
      error: expectValidationError(error, 'schema', name),
    };
  }
  let output: Output;
  try {
    output = mapping.map(parsed);
  } catch (error) {
    return {
      kind: 'rejected',
      stage: 'mapper',
      error: expectValidationError(error, 'mapper', name),
    };
  }
  const records = recordsOf(output);
  records.forEach((record, index) => {
    try {
      validatePayload(mapping.model, record, { provider, endpoint: `${name} record` });
    } catch (error) {
      const detail = error instanceof ValidationError ? error.message : describeThrown(error);
      throw new MapperPropertyError(
        `${name}: record ${index} breaks the model without an error from the mapper: ${detail}`,
        { cause: error },
      );
    }
    mapping.check?.(record, parsed);
  });
  return { kind: 'mapped', records };
}
