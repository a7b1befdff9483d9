import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as zc from 'zod/v4/core';
import { checkMapping, type MappingUnderTest } from '../properties/check-mapping.js';
import { mutatedPayloadArbitrary } from '../properties/mutations.js';
import { shapedPayloadArbitrary } from '../properties/payload-shape.js';

export {
  checkMapping,
  MapperPropertyError,
  type MappingOutcome,
  type MappingUnderTest,
  recordsOf,
} from '../properties/check-mapping.js';
export {
  applyMutations,
  mutatedPayloadArbitrary,
  type PayloadMutation,
} from '../properties/mutations.js';
export { shapedPayloadArbitrary } from '../properties/payload-shape.js';

/** Options of {@link describeMapperProperties}. */
export interface MapperPropertyOptions<Schema extends zc.$ZodType, Output> {
  /** Provider id, such as `whoop`. */
  provider: string;
  /**
   * The payload schema the client validates with before calling the mapper. For a mapper that
   * takes several payloads (a WHOOP cycle and its recovery), a schema of an object holding them.
   */
  schema: Schema;
  /** Calls the mapper on a parsed payload; returns one record, a list of them, or `null`. */
  map: (payload: zc.output<Schema>) => Output;
  /** The schema every record must pass: core's `activitySchema`, `sleepSchema` … */
  model: zc.$ZodType;
  /**
   * Valid payloads to mutate and to learn the payload's shape from: the package's fixtures and
   * its fake's data. Each must map without error. An arbitrary is sampled (24 payloads).
   */
  valid: readonly unknown[] | fc.Arbitrary<unknown>;
  /**
   * Runs of each property (arbitrary JSON, shaped payloads, mutated payloads); the environment's
   * `FITLINK_PROPERTY_RUNS` overrides it. @defaultValue 200
   */
  runs?: number;
  /** fast-check seed. @defaultValue a hash of the name, so each mapper explores its own inputs */
  seed?: number;
  /** Further checks of each record against its payload (ids, units …); throw to fail. */
  check?: (record: unknown, payload: zc.output<Schema>) => void;
}

// For a deeper search on a developer's machine (CI keeps the fixed seeds and counts):
// FITLINK_PROPERTY_RUNS=20000 FITLINK_PROPERTY_SEED=42 pnpm vitest run test/mapper
const envNumber = (name: string): number | undefined => {
  const value = Number(process.env[name]);
  return process.env[name] && Number.isSafeInteger(value) ? value : undefined;
};
const ENV_RUNS = envNumber('FITLINK_PROPERTY_RUNS');
const ENV_SEED = envNumber('FITLINK_PROPERTY_SEED') ?? 0;
// FITLINK_PROPERTY_STATS=1 prints how each property's payloads ended (mapped or rejected, where).
const ENV_STATS = process.env.FITLINK_PROPERTY_STATS === '1';

const covered = new Set<string>();
// `mapWhoopCycle`, not `mapWhoopError` (error mappers turn HTTP answers into errors: no payload).
const PAYLOAD_MAPPER = /^map[A-Z](?!.*Error$)/;
const SAMPLED_PAYLOADS = 24;

/** FNV-1a: a stable 32-bit seed from a name. */
function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/** The export name a property title starts with (`mapWhoopCycle, with its recovery` → `mapWhoopCycle`). */
function mapperNameOf(title: string): string {
  return /^[\w$]+/.exec(title.trim())?.[0] ?? title;
}

/**
 * Registers vitest property tests (fast-check, seeded and bounded) of one mapper, the
 * "bad input never escapes as a raw error" contract every provider package meets:
 *
 * 1. every valid sample maps to records that pass the model;
 * 2. arbitrary JSON gives records that pass the model, or a `ValidationError`;
 * 3. payloads shaped like the samples with arbitrary values (see {@link shapedPayloadArbitrary})
 *    give the same;
 * 4. valid samples with one to three mutations (see {@link mutatedPayloadArbitrary}) give the same.
 *
 * "A `ValidationError`" means one from the schema (as the client's validation throws it) or from
 * the mapper, with issues; any other error (a `RangeError` from an invalid date, a raw
 * `ZodError`, a `TypeError`), or a record the model rejects (a negative heart rate …) fails the
 * test with the payload that caused it. Runs are deterministic: the seed is fixed per name
 * (`FITLINK_PROPERTY_RUNS` and `FITLINK_PROPERTY_SEED` in the environment search further;
 * `FITLINK_PROPERTY_STATS=1` prints how the payloads of each property ended).
 *
 * Start `name` with the mapper's export name: {@link describeMapperCoverage} checks by it that
 * every exported mapper has properties.
 *
 * @param name - The mapper's export name, optionally followed by what the case adds.
 * @param options - Schema, mapper, model, valid samples, runs.
 * @example
 * ```ts
 * import { activitySchema } from '@fitlink/core';
 * import { describeMapperProperties } from '@fitlink/testing/vitest';
 * import { mapWhoopWorkout, whoopWorkoutSchema } from '@fitlink/whoop';
 * import { createWhoopFake, whoopWorkoutFixtures } from '@fitlink/whoop/testing';
 *
 * describeMapperProperties('mapWhoopWorkout', {
 *   provider: 'whoop',
 *   schema: whoopWorkoutSchema,
 *   map: (workout) => mapWhoopWorkout(workout),
 *   model: activitySchema,
 *   valid: [...Object.values(whoopWorkoutFixtures), ...createWhoopFake({ days: 30 }).workouts],
 * });
 * ```
 */
export function describeMapperProperties<Schema extends zc.$ZodType, Output>(
  name: string,
  options: MapperPropertyOptions<Schema, Output>,
): void {
  covered.add(mapperNameOf(name));
  const seed = (options.seed ?? seedOf(name)) ^ ENV_SEED;
  const runs = ENV_RUNS ?? options.runs ?? 200;
  const samples = Array.isArray(options.valid)
    ? (options.valid as readonly unknown[])
    : fc.sample(options.valid as fc.Arbitrary<unknown>, { seed, numRuns: SAMPLED_PAYLOADS });
  if (samples.length === 0) throw new TypeError(`${name}: give at least one valid payload`);
  const mapping: MappingUnderTest<Schema, Output> = {
    provider: options.provider,
    name,
    schema: options.schema,
    map: options.map,
    model: options.model,
    check: options.check,
  };
  const holds = (property: string, arbitrary: fc.Arbitrary<unknown>) => {
    const outcomes = { mapped: 0, schema: 0, mapper: 0 };
    fc.assert(
      fc.property(arbitrary, (payload) => {
        const outcome = checkMapping(mapping, payload);
        outcomes[outcome.kind === 'mapped' ? 'mapped' : outcome.stage] += 1;
      }),
      { seed, numRuns: runs },
    );
    if (ENV_STATS) {
      console.info(
        `${name} · ${property}: ${runs} runs, ${outcomes.mapped} mapped, ${outcomes.schema} rejected by the schema, ${outcomes.mapper} by the mapper or the model (ValidationError)`,
      );
    }
    return outcomes;
  };

  describe(`${name} (properties)`, () => {
    it('maps every valid sample to records that pass the model', () => {
      samples.forEach((sample, index) => {
        const outcome = checkMapping(mapping, sample);
        if (outcome.kind === 'rejected') {
          throw new Error(`valid sample ${index} was rejected: ${outcome.error.message}`, {
            cause: outcome.error,
          });
        }
      });
    });

    it('arbitrary JSON gives valid records or a ValidationError, never another error', () => {
      holds('arbitrary JSON', fc.jsonValue({ maxDepth: 4 }));
    });

    it('payloads shaped like the samples give valid records or a ValidationError', () => {
      holds('shaped payloads', shapedPayloadArbitrary(samples));
    });

    it('mutated valid payloads give valid records or a ValidationError', () => {
      const outcomes = holds('mutated payloads', mutatedPayloadArbitrary(samples));
      // Some mutations must get through the schema, or the property would test the schema only.
      expect(outcomes.mapped).toBeGreaterThan(0);
    });
  });
}

/** Options of {@link describeMapperCoverage}. */
export interface MapperCoverageOptions {
  /** Exported mappers that need no properties, each with the reason. */
  except?: Readonly<Record<string, string>>;
}

/**
 * Registers a test that every function the package exports under a `map…` name (its payload
 * mappers; `map…Error` functions are error mappers and left out) has {@link describeMapperProperties} in the same test file, so a mapper added later cannot
 * go without them. Call it once, after the properties.
 *
 * @param exports - The package's entry module (`import * as whoop from '@fitlink/whoop'`).
 * @param options - Mappers to leave out, with the reason.
 * @example
 * ```ts
 * import * as whoop from '@fitlink/whoop';
 * describeMapperCoverage(whoop);
 * ```
 */
export function describeMapperCoverage(
  exports: Readonly<Record<string, unknown>>,
  options: MapperCoverageOptions = {},
): void {
  it('every exported mapper has property tests', () => {
    const mappers = Object.keys(exports)
      .filter((key) => PAYLOAD_MAPPER.test(key) && typeof exports[key] === 'function')
      .sort();
    expect(mappers.length).toBeGreaterThan(0);
    const missing = mappers.filter((key) => !covered.has(key) && !options.except?.[key]);
    expect(missing).toEqual([]);
  });
}
