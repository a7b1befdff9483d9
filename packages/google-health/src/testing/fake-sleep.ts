import type { SandboxSleep } from '@fitlink/testing';
import type { GoogleHealthDataPoint } from '../schemas/data-point.js';
import type { GoogleHealthDataSource } from '../schemas/fields.js';
import type { GoogleHealthSleepStage } from '../schemas/sleep.js';
import { intervalOf } from './wire-time.js';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Renders one night as a Google `sleep` point: four cycles of light, deep, light, REM and a
 * short wake, summing exactly to the timeline's stage durations; a classic night has `ASLEEP`,
 * `RESTLESS` and `AWAKE` segments only.
 */
export function renderGoogleHealthSleep(
  night: SandboxSleep,
  options: { name: string; classic: boolean; source: GoogleHealthDataSource },
): GoogleHealthDataPoint {
  const offset = `${night.utcOffsetMinutes * 60}s`;
  const stages: GoogleHealthSleepStage[] = [];
  let at = night.startMs;
  const push = (type: string, ms: number) => {
    if (ms <= 0) return;
    stages.push({
      type,
      startTime: iso(at),
      endTime: iso(at + ms),
      startUtcOffset: offset,
      endUtcOffset: offset,
    });
    at += ms;
  };
  const cycles = 4;
  const part = (total: number, index: number, shares: number) =>
    index === shares - 1
      ? total - Math.floor(total / shares) * (shares - 1)
      : Math.floor(total / shares);
  if (options.classic) {
    const asleep = night.lightMs + night.deepMs + night.remMs;
    const restless = Math.floor(asleep * 0.06);
    for (let cycle = 0; cycle < cycles; cycle += 1) {
      push('ASLEEP', part(asleep - restless, cycle, cycles));
      push('RESTLESS', part(restless, cycle, cycles));
      push('AWAKE', part(night.awakeMs, cycle, cycles));
    }
  } else {
    for (let cycle = 0; cycle < cycles; cycle += 1) {
      const light = part(night.lightMs, cycle, cycles);
      push('LIGHT', Math.floor(light / 2));
      push('DEEP', part(night.deepMs, cycle, cycles));
      push('LIGHT', light - Math.floor(light / 2));
      push('REM', part(night.remMs, cycle, cycles));
      push('AWAKE', part(night.awakeMs, cycle, cycles));
    }
  }
  const minutes = (ms: number) => String(Math.floor(ms / 60_000));
  const byType = new Map<string, { ms: number; count: number }>();
  for (const stage of stages) {
    const entry = byType.get(stage.type) ?? { ms: 0, count: 0 };
    entry.ms += Date.parse(stage.endTime) - Date.parse(stage.startTime);
    entry.count += 1;
    byType.set(stage.type, entry);
  }
  const asleepMs = options.classic
    ? (byType.get('ASLEEP')?.ms ?? 0)
    : night.lightMs + night.deepMs + night.remMs;
  return {
    name: options.name,
    dataSource: options.source,
    sleep: {
      type: options.classic ? 'CLASSIC' : 'STAGES',
      interval: intervalOf(night.startMs, night.endMs, night.utcOffsetMinutes),
      stages,
      metadata: {
        nap: false,
        processed: true,
        manuallyEdited: false,
        stagesStatus: options.classic ? 'REJECTED_COVERAGE' : 'SUCCEEDED',
      },
      summary: {
        minutesAsleep: minutes(asleepMs),
        minutesAwake: minutes(night.awakeMs),
        minutesInSleepPeriod: minutes(night.endMs - night.startMs),
        minutesToFallAsleep: String(Math.max(1, Math.round(night.disturbances * 1.5))),
        stagesSummary: [...byType].map(([type, entry]) => ({
          type,
          minutes: minutes(entry.ms),
          count: String(entry.count),
        })),
      },
      createTime: iso(night.endMs + 240_000),
      updateTime: iso(night.endMs + 600_000),
    },
  };
}
