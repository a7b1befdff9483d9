import type * as z from 'zod/mini';
import { ValidationError } from '../errors/index.js';
import { recordId } from './fields.js';
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
export interface BuildRecordSettings {
  /** Names the record kind in errors; becomes the `endpoint` of a `ValidationError`. */
  label: string;
  /** Fields holding instants, normalized with `toUtcIso`. @defaultValue `[]` */
  instantKeys?: readonly string[];
  /** Values for fields left out, instead of `null`. @defaultValue `{}` */
  defaults?: Readonly<Record<string, unknown>>;
}

function isInstantInput(value: unknown): value is InstantInput {
  return typeof value === 'string' || typeof value === 'number' || value instanceof Date;
}

/**
 * Fills a normalized record from partial input (missing fields become `null`, `id` becomes
 * `<provider>:<externalId>`, `raw` is kept only when given) and validates it against its schema.
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
  settings: BuildRecordSettings,
): z.output<Schema> {
  const source = input as Readonly<Record<string, unknown>>;
  const instantKeys = settings.instantKeys ?? [];
  const defaults = settings.defaults ?? {};
  const record: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) {
    let value = source[key];
    if (key === 'id') value = recordId(String(source.provider), String(source.externalId));
    // An instant that does not parse is kept as given, so the schema reports it at its path.
    else if (instantKeys.includes(key) && isInstantInput(value)) value = toUtcIso(value) ?? value;
    if (value === undefined) {
      if (key === 'raw') continue;
      value = Object.hasOwn(defaults, key) ? defaults[key] : null;
    }
    record[key] = value;
  }
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  throw new ValidationError(`Invalid ${settings.label}`, {
    endpoint: settings.label,
    issues: result.error.issues,
    ...(typeof source.provider === 'string' ? { provider: source.provider } : {}),
  });
}
