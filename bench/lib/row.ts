/** What each row of the bench gives back to `run.ts`. */

/** One line of the closing summary, shaped like the table. */
export interface SummaryLine {
  /** What is measured. */
  readonly measure: string;
  /** fitlink's figure. */
  readonly fitlink: string;
  /** The baseline's figure (same run). */
  readonly baseline: string;
  /** fitlink / baseline (× of the baseline; lower is better), or an absolute figure's note. */
  readonly ratio: string;
  /** The goal. */
  readonly goal: string;
}

/** A row's printed detail and its summary lines. */
export interface RowResult {
  /** The detail table(s) and notes, printed under the row's title. */
  readonly detail: string;
  /** Lines of the closing summary. */
  readonly summary: readonly SummaryLine[];
}

/** Settings every row reads. */
export interface RowContext {
  /** Scale of the round counts: 1 normally, lower with `--quick`. */
  readonly scale: number;
}

/** A row of the bench. */
export interface BenchRow {
  /** The `--only` name. */
  readonly id: string;
  /** Printed above its detail. */
  readonly title: string;
  /** Measures the row. */
  run(context: RowContext): Promise<RowResult>;
}

/** `rounds × scale`, at least 3. */
export function scaled(rounds: number, context: RowContext): number {
  return Math.max(3, Math.round(rounds * context.scale));
}
