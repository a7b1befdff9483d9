/**
 * The shape of rows b and c: one page of records as JSON text, read the way the client reads a
 * list page (the route's schema through core's `validatePayload`, then the provider's mapper on
 * each record), each part timed alone and divided by `JSON.parse` of the same text.
 */
import { validatePayload } from '@fitlink/core';
import type * as zc from 'zod/v4/core';
import {
  duration,
  interleave,
  type Measured,
  ratio,
  ratios,
  table,
  withSpread,
} from './measure.js';
import type { RowContext, RowResult, SummaryLine } from './row.js';
import { scaled } from './row.js';

/** A provider's list page and how its client reads it. */
export interface PageCase<S extends zc.$ZodType> {
  /** Printed in the summary: `one page of 200 Strava activities`. */
  readonly measure: string;
  /** Records on the page (for the per-record column). */
  readonly records: number;
  /** The page's JSON text. */
  readonly text: string;
  /** The list route's response schema, the one the client validates the page with. */
  readonly schema: S;
  /** `provider` and `endpoint` for `validatePayload`. */
  readonly validation: { readonly provider: string; readonly endpoint: string };
  /** The page's records out of a validated page. */
  readonly recordsOf: (page: zc.output<S>) => readonly unknown[];
  /** The provider's mapper of one record. */
  readonly map: (record: never) => unknown;
  /** The goals: total, and zod alone when given. */
  readonly goal: string;
  /** More subjects timed in the same rounds, each divided by `JSON.parse` (the client's parser …). */
  readonly extra?: readonly { readonly label: string; readonly run: () => unknown }[];
}

/** Times the case and renders its table and summary line. */
export async function runPageCase<S extends zc.$ZodType>(
  page: PageCase<S>,
  context: RowContext,
): Promise<RowResult> {
  const validate = (payload: unknown) => validatePayload(page.schema, payload, page.validation);
  const map = page.map as (record: unknown) => unknown;
  const mapAll = (validated: zc.output<S>) =>
    page.recordsOf(validated).map((record) => map(record));
  const parsed: unknown = JSON.parse(page.text);
  const validated = validate(parsed);
  const count = page.recordsOf(validated).length;
  if (count !== page.records) throw new Error(`${page.measure}: the page has ${count} records`);

  const measured = await interleave(
    [
      {
        label: 'JSON.parse + schema + mapper (the full read)',
        run: () => mapAll(validate(JSON.parse(page.text))),
      },
      { label: 'schema alone (validatePayload of the parsed page)', run: () => validate(parsed) },
      { label: 'mapper alone (every record of the validated page)', run: () => mapAll(validated) },
      { label: 'JSON.parse (baseline)', run: () => JSON.parse(page.text) },
      ...(page.extra ?? []),
    ],
    { rounds: scaled(21, context), roundMs: 20 },
  );
  const [full, zod, mapper, parse] = measured as [Measured, Measured, Measured, Measured];
  const rows = measured.map((item) => [
    item.label,
    withSpread(item),
    duration(item.cpuMs),
    duration(item.ms / page.records),
    ratios(item, parse),
  ]);
  const detail = [
    table(['per page', 'median ± spread', 'CPU', 'per record', '× JSON.parse'], rows),
    '',
    `mapper / schema: ${ratios(mapper, zod)} (goal: ≤ 0.50×); page text ${(page.text.length / 1024).toFixed(1)} kB, ${page.records} records`,
  ].join('\n');
  const summary: SummaryLine = {
    measure: `${page.measure}: (JSON.parse + schema + mapper) / JSON.parse`,
    fitlink: `${duration(full.ms)}: schema ${ratio(zod.ms, parse.ms)}, mapper ${ratio(mapper.ms, parse.ms)} (mapper/schema ${ratio(mapper.ms, zod.ms)})`,
    baseline: duration(parse.ms),
    ratio: ratios(full, parse),
    goal: page.goal,
  };
  return { detail, summary: [summary] };
}
