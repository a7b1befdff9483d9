import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { activitySchema, schemaAcceptor, sleepSchema, validatePayload } from '../../src/index.js';

const id = z.union([z.number(), z.string().check(z.regex(/^-?\d+$/))]);
const summary = z.looseObject({
  id,
  name: z.nullish(z.string()),
  distance: z.nullish(z.number()),
  reps: z.optional(z.int().check(z.gte(0))),
  start_date: z.string().check(z.minLength(1)),
  latlng: z.nullish(z.array(z.number()).check(z.maxLength(2))),
  kind: z.optional(z.enum(['run', 'ride'])),
  state: z.optional(z.literal(2)),
  map: z.nullish(z.looseObject({ polyline: z.nullish(z.string()) })),
  tags: z.optional(z.record(z.string(), z.boolean())),
  anything: z.optional(z.unknown()),
});
const strict = z.object({ a: z.number().check(z.gt(0), z.lt(10)), b: z.nullable(z.null()) });
const closed = z.strictObject({ a: z.boolean() });

// Schemas the acceptor mirrors, and the valid payloads the mutations start from.
const cases = [
  {
    name: 'a loose list item with unions, checks, enums, records',
    schema: z.array(summary),
    valid: [
      {
        id: 12,
        name: 'Ride',
        distance: 1.5,
        reps: 3,
        start_date: '2026-01-01T00:00:00Z',
        latlng: [1, 2],
        kind: 'run',
        state: 2,
        map: { polyline: 'abc', extra: 1 },
        tags: { a: true },
        more: { x: [1] },
      },
      { id: '12345678901234567890', start_date: 'x', name: null, map: null },
    ],
  },
  { name: 'a plain object (unknown keys are dropped)', schema: strict, valid: { a: 5, b: null } },
  { name: 'a strict object', schema: closed, valid: { a: true } },
];

/** Sets, deletes and retypes values at random paths of a valid payload. */
const mutated = (valid: unknown) =>
  fc
    .array(
      fc.tuple(
        fc.nat(),
        fc.constantFrom('set', 'delete'),
        fc.oneof(
          fc.jsonValue(),
          fc.constantFrom(-1, 0, 0.5, 10, 2 ** 53, '', '12', 'x', null, true, [], {}),
        ),
      ),
      { maxLength: 4 },
    )
    .map((edits) => {
      const copy = structuredClone(valid) as unknown;
      for (const [pick, action, value] of edits) {
        const holders: Array<[Record<string, unknown>, string]> = [];
        const visit = (node: unknown) => {
          if (typeof node !== 'object' || node === null) return;
          for (const key of Object.keys(node)) {
            holders.push([node as Record<string, unknown>, key]);
            visit((node as Record<string, unknown>)[key]);
          }
        };
        visit(copy);
        const holder = holders[pick % Math.max(1, holders.length)];
        if (!holder) continue;
        if (action === 'delete') delete holder[0][holder[1]];
        else holder[0][holder[1]] = value;
      }
      return copy;
    });

describe('schemaAcceptor', () => {
  for (const { name, schema, valid } of cases) {
    it(`never accepts what zod rejects or changes: ${name}`, () => {
      const accepts = schemaAcceptor(schema);
      expect(accepts).not.toBeNull();
      expect(accepts?.(valid)).toBe(true);
      fc.assert(
        fc.property(fc.oneof(fc.jsonValue(), mutated(valid)), (payload) => {
          if (!accepts?.(payload)) return;
          const result = z.safeParse(schema, payload);
          expect(result.success).toBe(true);
          expect(result.data).toStrictEqual(payload);
        }),
        { numRuns: 3000, seed: 15 },
      );
    });
  }

  it('rejects what it cannot mirror, so zod decides: transforms, defaults, discriminated unions', () => {
    expect(
      schemaAcceptor(
        z.pipe(
          z.string(),
          z.transform((s) => s.length),
        ),
      ),
    ).toBeNull();
    expect(schemaAcceptor(z.object({ a: z._default(z.number(), 1) }))).toBeNull();
    expect(
      schemaAcceptor(
        z.discriminatedUnion('t', [
          z.object({ t: z.literal('a') }),
          z.object({ t: z.literal('b') }),
        ]),
      ),
    ).toBeNull();
    expect(schemaAcceptor(z.string().check(z.refine((s) => s !== 'x')))).toBeNull();
    expect(schemaAcceptor(z.iso.datetime())).toBeNull();
  });

  it('leaves the model schemas to zod where they refine or transform, and never errs on them', () => {
    for (const schema of [activitySchema, sleepSchema]) {
      const accepts = schemaAcceptor(schema);
      if (accepts === null) continue;
      fc.assert(
        fc.property(fc.jsonValue(), (payload) => {
          if (accepts(payload)) expect(z.safeParse(schema, payload).success).toBe(true);
        }),
        { numRuns: 500, seed: 15 },
      );
    }
  });

  it('lets validatePayload return an accepted payload as it is, and report the rest as before', () => {
    const page = [{ id: 1, start_date: 'x' }];
    expect(validatePayload(z.array(summary), page, { provider: 'p', endpoint: 'GET x' })).toBe(
      page,
    );
    expect(() =>
      validatePayload(z.array(summary), [{ id: 'a1', start_date: 'x' }], {
        provider: 'p',
        endpoint: 'GET x',
      }),
    ).toThrow(/Unexpected payload from p GET x/);
    const plain = validatePayload(
      strict,
      { a: 1, b: null, c: 3 },
      { provider: 'p', endpoint: 'e' },
    );
    expect(plain).toEqual({ a: 1, b: null });
  });
});
