/**
 * Row f: cold start. A fresh `node -e "import('<package>')"` for fitlink's Strava package,
 * strava-v3 and zod/mini alone, each over a bare `node -e 0`, run in interleaved rounds from
 * bench/ (where the packages resolve to their built dist) with the parent idle. fitlink's own
 * modules are its delta less zod/mini's (the Strava package loads zod/mini).
 */
import { spawnSync } from 'node:child_process';
import { BENCH_DIR } from '../bundle-size.js';
import { median, ratio, table } from '../lib/measure.js';
import type { BenchRow } from '../lib/row.js';
import { scaled } from '../lib/row.js';

const COMMANDS = [
  { label: 'node -e 0 (bare)', code: '0' },
  { label: "import('@fitlink/strava')", code: "import('@fitlink/strava')" },
  { label: "import('strava-v3')", code: "import('strava-v3')" },
  { label: "import('zod/mini')", code: "import('zod/mini')" },
] as const;

// The child gets no loader or inspector flags from this process.
const { NODE_OPTIONS: _options, ...env } = process.env;

function timeOnce(code: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['-e', code], { cwd: BENCH_DIR, env, stdio: 'pipe' });
  const ms = performance.now() - started;
  if (result.status !== 0) {
    throw new Error(`node -e "${code}" exited ${result.status}: ${String(result.stderr)}`);
  }
  return ms;
}

const plus = (ms: number) => `+${ms.toFixed(0)} ms`;

/** Row f: cold import over a bare Node start. */
export const coldImportRow: BenchRow = {
  id: 'import',
  title: 'Cold import over a bare `node -e 0`',
  async run(context) {
    const rounds = scaled(15, context);
    const times: number[][] = COMMANDS.map(() => []);
    for (const { code } of COMMANDS) timeOnce(code); // warm the file cache
    for (let round = 0; round < rounds; round++) {
      // Rotate the order every round.
      for (let k = 0; k < COMMANDS.length; k++) {
        const index = (k + round) % COMMANDS.length;
        times[index]?.push(timeOnce(COMMANDS[index]?.code ?? '0'));
      }
    }
    const [bare, fitlink, v3, zod] = times.map((samples) => median(samples)) as [
      number,
      number,
      number,
      number,
    ];
    const own = fitlink - bare - (zod - bare);
    const detail = [
      table(
        ['process', 'median wall time', 'over node -e 0'],
        COMMANDS.map((command, i) => {
          const ms = median(times[i] ?? []);
          return [command.label, `${ms.toFixed(0)} ms`, i === 0 ? '—' : plus(ms - bare)];
        }),
      ),
      '',
      `${rounds} interleaved rounds. fitlink / strava-v3 (deltas): ${ratio(fitlink - bare, v3 - bare)}; fitlink's own modules over zod/mini's: ${plus(own)}`,
    ].join('\n');
    return {
      detail,
      summary: [
        {
          measure:
            "cold import('@fitlink/strava') over a bare node -e 0 (zod/mini alone; fitlink's own modules)",
          fitlink: `${plus(fitlink - bare)} (zod/mini ${plus(zod - bare)}; own ${plus(own)})`,
          baseline: `${plus(v3 - bare)} (strava-v3)`,
          ratio: ratio(fitlink - bare, v3 - bare),
          goal: '≤ strava-v3; own modules ≤ 15 ms over zod',
        },
      ],
    };
  },
};
