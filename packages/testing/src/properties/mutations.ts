import fc from 'fast-check';
import { BAD_DATE_TEXTS, instantOf, isDateLike, retime } from './date-text.js';
import { type PayloadPath, payloadPaths, REMOVE, replaceAt, valueAt } from './payload-paths.js';

const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;

/** One change to a valid payload; `pick` chooses the place among those the change applies to. */
export type PayloadMutation =
  | { readonly kind: 'remove'; readonly pick: number }
  | { readonly kind: 'set'; readonly pick: number; readonly value: unknown }
  | { readonly kind: 'retype'; readonly pick: number }
  | { readonly kind: 'scale'; readonly pick: number; readonly factor: number }
  | { readonly kind: 'shift-date'; readonly pick: number; readonly ms: number }
  | { readonly kind: 'bad-date'; readonly pick: number; readonly text: string };

/** The values a field is set to: each a classic way for a payload to go wrong. */
const ODD_VALUES: readonly unknown[] = [
  null,
  '',
  ' ',
  -1,
  0,
  -0.5,
  'NaN',
  'Infinity',
  '-1',
  '12',
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  2 ** 53 + 2,
  true,
  false,
  {},
  [],
  [null],
];

const pick = fc.nat();
const mutationArbitrary: fc.Arbitrary<PayloadMutation> = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), pick }),
  fc.record({
    kind: fc.constant('set' as const),
    pick,
    value: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...ODD_VALUES) },
      { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
      { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    ),
  }),
  fc.record({ kind: fc.constant('retype' as const), pick }),
  fc.record({
    kind: fc.constant('scale' as const),
    pick,
    factor: fc.constantFrom(-1, -0.001, 0, 0.001, 1000, 1e6),
  }),
  fc.record({
    kind: fc.constant('shift-date' as const),
    pick,
    ms: fc.oneof(
      fc.integer({ min: -3 * DAY_MS, max: 3 * DAY_MS }),
      fc.double({ min: -300 * YEAR_MS, max: 300 * YEAR_MS, noNaN: true }).map(Math.round),
    ),
  }),
  fc.record({
    kind: fc.constant('bad-date' as const),
    pick,
    text: fc.constantFrom(...BAD_DATE_TEXTS),
  }),
);

/** The value of the other JSON type a field is turned into by `retype`. */
function retyped(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string')
    return value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : 1;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === null) return 0;
  if (Array.isArray(value)) return { ...value };
  return [value];
}

function placesFor(mutation: PayloadMutation, payload: unknown): PayloadPath[] {
  const paths = payloadPaths(payload);
  if (mutation.kind === 'scale')
    return paths.filter((path) => typeof valueAt(payload, path) === 'number');
  if (mutation.kind === 'shift-date' || mutation.kind === 'bad-date')
    return paths.filter((path) => isDateLike(valueAt(payload, path)));
  return paths;
}

/**
 * Applies mutations to a copy of a payload, one after the other.
 *
 * @param payload - A valid payload (left unchanged).
 * @param mutations - What to change, as {@link mutatedPayloadArbitrary} draws it.
 * @returns The changed copy.
 */
export function applyMutations(payload: unknown, mutations: readonly PayloadMutation[]): unknown {
  const copy: unknown = structuredClone(payload);
  for (const mutation of mutations) {
    const places = placesFor(mutation, copy);
    const path = places[mutation.pick % Math.max(places.length, 1)];
    if (path === undefined) continue;
    const current = valueAt(copy, path);
    switch (mutation.kind) {
      case 'remove':
        replaceAt(copy, path, REMOVE);
        break;
      case 'set':
        replaceAt(copy, path, structuredClone(mutation.value));
        break;
      case 'retype':
        replaceAt(copy, path, retyped(current));
        break;
      case 'scale': {
        // JSON has no Infinity: a product beyond the doubles stays at the largest one.
        const product = (current as number) * mutation.factor;
        replaceAt(
          copy,
          path,
          Number.isFinite(product) ? product : Math.sign(product) * Number.MAX_VALUE,
        );
        break;
      }
      case 'shift-date': {
        const text = current as string;
        replaceAt(copy, path, retime(text, (instantOf(text) ?? 0) + mutation.ms));
        break;
      }
      case 'bad-date':
        replaceAt(copy, path, mutation.text);
        break;
    }
  }
  return copy;
}

/**
 * An arbitrary of valid payloads with one to three mutations each: a field removed (an array
 * element spliced out), set to `null`, `''`, `-1`, `'NaN'`, a huge number, a value of the wrong
 * type or any JSON value, turned into the other type (`72` → `'72'`), scaled (negated, ×1000,
 * ×0.001 …), or a date shifted by up to three days or three centuries, or replaced by a malformed
 * date text. Shrinking works on the mutations, so a failure reports a small change.
 *
 * @param valid - Valid payloads to start from (at least one), or an arbitrary of them.
 * @example
 * ```ts
 * fc.assert(fc.property(mutatedPayloadArbitrary(Object.values(fixtures)), (payload) => …));
 * ```
 */
export function mutatedPayloadArbitrary(
  valid: readonly unknown[] | fc.Arbitrary<unknown>,
): fc.Arbitrary<unknown> {
  const base = Array.isArray(valid)
    ? fc.constantFrom(...(valid as readonly unknown[]))
    : (valid as fc.Arbitrary<unknown>);
  return fc
    .tuple(base, fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }))
    .map(([payload, mutations]) => applyMutations(payload, mutations));
}
