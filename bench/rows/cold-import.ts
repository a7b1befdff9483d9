/**
 * Row f: cold start. A fresh `node -e "import('<package>')"` for fitlink's Strava package,
 * strava-v3 and zod/mini alone, each over a bare `node -e 0`, run in interleaved rounds from
 * bench/ (where the packages resolve to their built dist) with the parent idle. fitlink's own
 * modules are its delta less zod/mini's (the Strava package loads zod/mini). Beside the wall
 * time the parent sees, each child writes its own CPU time once the import has settled
 * (`process.cpuUsage()`, every thread), which other work on the machine hardly changes.
 */
import { spawnSync } from 'node:child_process';
import { BENCH_DIR } from '../bundle-size.js';
import { median, ratio, table } from '../lib/measure.js';
import type { BenchRow } from '../lib/row.js';
import { scaled } from '../lib/row.js';

const CPU = 'const u = process.cpuUsage(); process.stdout.write(String(u.user + u.system))';
const importing = (specifier: string) => `import('${specifier}').then(() => { ${CPU} })`;
const COMMANDS = [
  { label: 'node -e 0 (bare)', code: CPU },
  { label: "import('@fitlink/strava')", code: importing('@fitlink/strava') },
  { label: "import('strava-v3')", code: importing('strava-v3') },
  { label: "import('zod/mini')", code: importing('zod/mini') },
] as const;

// The child gets no loader or inspector flags from this process.
const { NODE_OPTIONS: _options, ...env } = process.env;

function timeOnce(code: string): { wall: number; cpu: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['-e', code], { cwd: BENCH_DIR, env, stdio: 'pipe' });
  const wall = performance.now() - started;
  const cpu = Number(String(result.stdout)) / 1000;
  if (result.status !== 0 || !Number.isFinite(cpu)) {
    throw new Error(`node -e "${code}" exited ${result.status}: ${String(result.stderr)}`);
  }
  return { wall, cpu };
}

const plus = (ms: number) => `+${ms.toFixed(0)} ms`;

/** Row f: cold import over a bare Node start. */
export const coldImportRow: BenchRow = {
  id: 'import',
  title: 'Cold import over a bare `node -e 0`',
  async run(context) {
    const rounds = scaled(15, context);
    const walls: number[][] = COMMANDS.map(() => []);
    const cpus: number[][] = COMMANDS.map(() => []);
    for (const { code } of COMMANDS) timeOnce(code); // warm the file cache
    for (let round = 0; round < rounds; round++) {
      // Rotate the order every round.
      for (let k = 0; k < COMMANDS.length; k++) {
        const index = (k + round) % COMMANDS.length;
        const { wall, cpu } = timeOnce(COMMANDS[index]?.code ?? CPU);
        walls[index]?.push(wall);
        cpus[index]?.push(cpu);
      }
    }
    const medians = (samples: number[][]) =>
      samples.map((values) => median(values)) as [number, number, number, number];
    const [bare, fitlink, v3, zod] = medians(walls);
    const [bareCpu, fitlinkCpu, v3Cpu, zodCpu] = medians(cpus);
    const own = fitlink - zod;
    const ownCpu = fitlinkCpu - zodCpu;
    const detail = [
      table(
        ['process', 'median wall time', 'over node -e 0', 'CPU (child)', 'CPU over node -e 0'],
        COMMANDS.map((command, i) => {
          const ms = median(walls[i] ?? []);
          const cpu = median(cpus[i] ?? []);
          return [
            command.label,
            `${ms.toFixed(0)} ms`,
            i === 0 ? '—' : plus(ms - bare),
            `${cpu.toFixed(0)} ms`,
            i === 0 ? '—' : plus(cpu - bareCpu),
          ];
        }),
      ),
      '',
      `${rounds} interleaved rounds. fitlink / strava-v3 (deltas): ${ratio(fitlink - bare, v3 - bare)} (CPU ${ratio(fitlinkCpu - bareCpu, v3Cpu - bareCpu)}); fitlink's own modules over zod/mini's: ${plus(own)} (CPU ${plus(ownCpu)})`,
    ].join('\n');
    return {
      detail,
      summary: [
        {
          measure:
            "cold import('@fitlink/strava') over a bare node -e 0 (zod/mini alone; fitlink's own modules)",
          fitlink: `${plus(fitlink - bare)}: zod/mini ${plus(zod - bare)}, own ${plus(own)} (CPU ${plus(fitlinkCpu - bareCpu)}: zod/mini ${plus(zodCpu - bareCpu)}, own ${plus(ownCpu)})`,
          baseline: `${plus(v3 - bare)} (CPU ${plus(v3Cpu - bareCpu)}), strava-v3`,
          ratio: `${ratio(fitlink - bare, v3 - bare)} (CPU ${ratio(fitlinkCpu - bareCpu, v3Cpu - bareCpu)})`,
          goal: '≤ strava-v3; own modules ≤ 15 ms over zod',
        },
      ],
    };
  },
};
