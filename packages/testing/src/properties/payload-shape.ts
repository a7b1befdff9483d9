import fc from 'fast-check';
import {
  BAD_DATE_TEXTS,
  instantOf,
  isDateLike,
  MAX_INSTANT_MS,
  MIN_INSTANT_MS,
  retime,
} from './date-text.js';

type JsonKind = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';

/** What the valid samples hold at one place (array elements share one place). */
interface Shape {
  kinds: Set<JsonKind>;
  numbers: Set<number>;
  strings: Set<string>;
  keys: Map<string, Shape>;
  element: Shape | undefined;
}

// Enough distinct sample values to keep enums and realistic figures, few enough to stay fast.
const KEPT_VALUES = 24;
const MAX_ARRAY = 4;
const DAY_MS = 86_400_000;

const emptyShape = (): Shape => ({
  kinds: new Set(),
  numbers: new Set(),
  strings: new Set(),
  keys: new Map(),
  element: undefined,
});

function kindOf(value: unknown): JsonKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const kind = typeof value;
  return kind === 'boolean' || kind === 'number' || kind === 'string' ? kind : 'object';
}

function learn(shape: Shape, value: unknown): void {
  if (value === undefined) return;
  const kind = kindOf(value);
  shape.kinds.add(kind);
  if (kind === 'number' && shape.numbers.size < KEPT_VALUES) shape.numbers.add(value as number);
  if (kind === 'string' && shape.strings.size < KEPT_VALUES) shape.strings.add(value as string);
  if (kind === 'array') {
    shape.element ??= emptyShape();
    for (const item of value as unknown[]) learn(shape.element, item);
  }
  if (kind === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      let childShape = shape.keys.get(key);
      if (!childShape) {
        childShape = emptyShape();
        shape.keys.set(key, childShape);
      }
      learn(childShape, child);
    }
  }
}

const finiteNumbers = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.constantFrom(-1, 0, -0, 0.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2),
);

function numberArbitrary(shape: Shape): fc.Arbitrary<number> {
  const seen = [...shape.numbers];
  if (seen.length === 0) return finiteNumbers;
  const near = fc
    .tuple(fc.constantFrom(...seen), fc.constantFrom(-1, -0.5, 0, 0.001, 2, 1000))
    .map(([value, factor]) => value * factor);
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...seen) },
    { weight: 2, arbitrary: near },
    { weight: 1, arbitrary: finiteNumbers },
  );
}

function instantArbitrary(around: number | undefined): fc.Arbitrary<number> {
  const anywhere = fc.double({ min: MIN_INSTANT_MS, max: MAX_INSTANT_MS, noNaN: true });
  if (around === undefined) return anywhere;
  const near = fc.double({ min: -400 * DAY_MS, max: 400 * DAY_MS, noNaN: true });
  return fc.oneof({ weight: 3, arbitrary: near.map((shift) => around + shift) }, anywhere);
}

function stringArbitrary(shape: Shape): fc.Arbitrary<string> {
  const seen = [...shape.strings];
  const dates = seen.filter(isDateLike);
  const options: fc.WeightedArbitrary<string>[] = [
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  ];
  if (seen.length > 0) options.push({ weight: 6, arbitrary: fc.constantFrom(...seen) });
  if (dates.length > 0) {
    const style = fc.constantFrom(...dates);
    const retimed = style.chain((sample) =>
      instantArbitrary(instantOf(sample)).map((ms) => retime(sample, ms)),
    );
    options.push({ weight: 4, arbitrary: retimed });
    options.push({ weight: 1, arbitrary: fc.constantFrom(...BAD_DATE_TEXTS) });
  }
  return fc.oneof(...options);
}

const ABSENT: unique symbol = Symbol('absent');

// Per place: a value of a kind the samples hold there (weight 40), a left-out field (1), a JSON
// value of any type (1). A payload of 40 fields then reaches the mapper about a third of the
// time, with a few odd places, instead of almost never.
const TYPED = 40;
const ODD = 1;

function shapeArbitrary(shape: Shape, depth: number): fc.Arbitrary<unknown> {
  const options: fc.WeightedArbitrary<unknown>[] = [];
  const typed = (arbitrary: fc.Arbitrary<unknown>) => options.push({ weight: TYPED, arbitrary });
  for (const kind of shape.kinds) {
    if (kind === 'null') typed(fc.constant(null));
    if (kind === 'boolean') typed(fc.boolean());
    if (kind === 'number') typed(numberArbitrary(shape));
    if (kind === 'string') typed(stringArbitrary(shape));
    if (kind === 'array' && shape.element && depth > 0)
      typed(fc.array(shapeArbitrary(shape.element, depth - 1), { maxLength: MAX_ARRAY }));
    if (kind === 'object' && depth > 0) typed(recordArbitrary(shape, depth));
  }
  options.push({ weight: ODD, arbitrary: fc.jsonValue({ maxDepth: 1 }) });
  return fc.oneof(...options);
}

function recordArbitrary(shape: Shape, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const fields = [...shape.keys].map(
    ([key, child]) =>
      [
        key,
        fc.oneof(
          { weight: TYPED, arbitrary: shapeArbitrary(child, depth - 1) },
          { weight: ODD, arbitrary: fc.constant(ABSENT) },
        ),
      ] as const,
  );
  return fc.tuple(...fields.map(([, arbitrary]) => arbitrary)).map((values) => {
    const result: Record<string, unknown> = {};
    fields.forEach(([key], index) => {
      if (values[index] !== ABSENT) result[key] = values[index];
    });
    return result;
  });
}

/**
 * An arbitrary of payloads shaped like the samples: the same fields (each now and then left
 * out), values of the kinds the samples hold at that place (their own values, values near them,
 * any finite number, date texts in the same style at other instants, malformed date texts,
 * enum-like strings the samples use), arrays of up to four elements, and now and then a JSON
 * value of another type. Most of them get through a loose schema, so the mapper sees them.
 *
 * @param samples - Valid payloads in the provider's shape (at least one).
 * @param maxDepth - How deep objects and arrays are rebuilt. @defaultValue 6
 * @example
 * ```ts
 * fc.assert(fc.property(shapedPayloadArbitrary(Object.values(fixtures)), (payload) => …));
 * ```
 */
export function shapedPayloadArbitrary(
  samples: readonly unknown[],
  maxDepth = 6,
): fc.Arbitrary<unknown> {
  const shape = emptyShape();
  for (const sample of samples) learn(shape, sample);
  return shapeArbitrary(shape, maxDepth);
}
