/**
 * Interleaved timing: every subject of a row runs in the same rounds (subject, baseline,
 * subject, baseline …, the order reversed every other round so neither always runs first after
 * a collection), each round timing a batch of calls; the figure is the median per call. Each
 * round records wall time and this process's CPU time (`process.cpuUsage()`: every thread of
 * the process, GC helpers included; the loopback server is another process). Other work on the
 * machine stretches wall time but hardly the CPU time a call takes.
 */

/** One thing to time. */
export interface Subject {
  /** What the row prints. */
  readonly label: string;
  /** One call. A promise is awaited; a plain value is not (no microtask in the timing). */
  readonly run: () => unknown;
}

/** Options of {@link interleave}. */
export interface InterleaveOptions {
  /** Timed rounds per subject. */
  readonly rounds: number;
  /** Aim of one round, used to size each subject's batch from its warm-up. @defaultValue 30 */
  readonly roundMs?: number;
  /** Calls before timing. @defaultValue 20 */
  readonly warmup?: number;
  /** A fixed batch (calls per round) instead of one sized from `roundMs`. */
  readonly batch?: number;
}

/** A subject's figures. */
export interface Measured {
  /** The subject's label. */
  readonly label: string;
  /** Median wall time of one call, ms. */
  readonly ms: number;
  /** Median CPU time of this process per call, ms. */
  readonly cpuMs: number;
  /** Wall time of one call in each round, ms. */
  readonly rounds: readonly number[];
  /** Half the interquartile range of the rounds' wall times over their median: the noise. */
  readonly spread: number;
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The `q` quantile (0–1) of some numbers, interpolated. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const lowValue = sorted[low] ?? Number.NaN;
  return lowValue + ((sorted[Math.ceil(at)] ?? lowValue) - lowValue) * (at - low);
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { then?: unknown }).then === 'function';

async function timeBatch(
  subject: Subject,
  calls: number,
  sync: boolean,
): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  if (sync) for (let i = 0; i < calls; i++) subject.run();
  else for (let i = 0; i < calls; i++) await subject.run();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/**
 * Times the subjects in interleaved rounds and returns each one's median cost per call, in the
 * order given.
 *
 * @param subjects - The subject first, then its baselines (any number).
 * @param options - Rounds, batch sizing and warm-up.
 */
export async function interleave(
  subjects: readonly Subject[],
  options: InterleaveOptions,
): Promise<Measured[]> {
  const warmup = options.warmup ?? 20;
  const plan = [] as {
    subject: Subject;
    sync: boolean;
    batch: number;
    rounds: number[];
    cpu: number[];
  }[];
  for (const subject of subjects) {
    const first = subject.run();
    const sync = !isThenable(first);
    if (!sync) await first;
    const warm = await timeBatch(subject, warmup, sync);
    const perCall = Math.max(warm.wall / warmup, 1e-5);
    const batch = options.batch ?? Math.max(1, Math.round((options.roundMs ?? 30) / perCall));
    plan.push({ subject, sync, batch, rounds: [], cpu: [] });
  }
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? plan : [...plan].reverse();
    for (const item of order) {
      const { wall, cpu } = await timeBatch(item.subject, item.batch, item.sync);
      item.rounds.push(wall / item.batch);
      item.cpu.push(cpu / item.batch);
    }
  }
  return plan.map(({ subject, rounds, cpu }) => ({
    label: subject.label,
    ms: median(rounds),
    cpuMs: median(cpu),
    rounds,
    spread: (quantile(rounds, 0.75) - quantile(rounds, 0.25)) / 2 / median(rounds),
  }));
}

/** `subject / baseline`, as the tables print it: `2.31×`. */
export function ratio(subject: number, baseline: number): string {
  return `${(subject / baseline).toFixed(2)}×`;
}

/** Wall and CPU ratios of two measured subjects: `5.43× (CPU 6.10×)`. */
export function ratios(subject: Measured, baseline: Measured): string {
  return `${ratio(subject.ms, baseline.ms)} (CPU ${ratio(subject.cpuMs, baseline.cpuMs)})`;
}

/** A median with its spread: `1.53 ms ±4%`. */
export function withSpread(measured: Measured): string {
  return `${duration(measured.ms)} ±${(measured.spread * 100).toFixed(0)}%`;
}

/** A duration for a table: µs below a millisecond, else ms. */
export function duration(ms: number): string {
  if (ms < 0.001) return `${(ms * 1e6).toFixed(0)} ns`;
  if (ms < 1) return `${(ms * 1000).toFixed(ms < 0.01 ? 2 : 1)} µs`;
  return `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

/** A markdown table with padded columns. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)]
    .join('\n')
    .trimEnd();
}
