import { createSleep, type Sleep } from '@fitlink/core';
import type { HealthConnectWebhookSleep } from '../schemas/webhook.js';
import { epochMs, utcIso } from './instant.js';
import { readHealthConnectSleepStage } from './sleep-stage.js';

/** Options of {@link mapHealthConnectSleep}. */
export interface MapHealthConnectSleepOptions {
  /** Keep the exporter's record in `raw`. @defaultValue false */
  includeRaw?: boolean;
}

/**
 * The start (epoch ms) of a sleep session: HC Webhook sends the end and the length (in whole
 * seconds) only.
 *
 * @param sleep - The sleep record.
 */
export function healthConnectSleepStartMs(sleep: HealthConnectWebhookSleep): number {
  const computed = epochMs(sleep.session_end_time) - sleep.duration_seconds * 1000;
  // duration_seconds drops the milliseconds: the first stage's start, when it is that same
  // instant to within a second, keeps them.
  const first = sleep.stages?.[0];
  const staged = first === undefined ? Number.NaN : epochMs(first.start_time);
  return Math.abs(staged - computed) < 1000 ? staged : computed;
}

/**
 * The external id of a sleep session: Health Connect's record id when the exporter sends it,
 * else the session's start in epoch ms (stable when the app re-sends the session).
 *
 * @param sleep - The sleep record.
 */
export function healthConnectSleepId(sleep: HealthConnectWebhookSleep): string {
  const id = sleep.metadata?.id;
  if (typeof id === 'string' && id !== '') return id;
  return String(healthConnectSleepStartMs(sleep));
}

/**
 * Maps a sleep session with its stages to a normalized sleep. Stage codes (`"4"` light, `"5"`
 * deep, `"6"` REM, `"1"`/`"7"` awake, `"2"` asleep without a stage) are summed per kind; a
 * session sent without stages keeps every stage field `null`. Times are UTC only, so the
 * offset is `null`.
 *
 * @param sleep - One `sleep` record, validated.
 * @param options - `includeRaw`.
 * @throws ValidationError when the record gives an impossible sleep.
 * @example
 * ```ts
 * const sleep = mapHealthConnectSleep({
 *   session_end_time: '2026-05-09T06:00:00Z', duration_seconds: 28_800,
 *   stages: [{ stage: '5', start_time: '2026-05-08T23:00:00Z', end_time: '2026-05-09T00:30:00Z', duration_seconds: 5400 }],
 * });
 * sleep.deepSeconds; // 5400
 * ```
 */
export function mapHealthConnectSleep(
  sleep: HealthConnectWebhookSleep,
  options: MapHealthConnectSleepOptions = {},
): Sleep {
  const stages = sleep.stages ?? [];
  const totals = { awake: 0, light: 0, deep: 0, rem: 0, sleeping: 0 };
  for (const stage of stages) {
    const seconds =
      stage.duration_seconds ?? (epochMs(stage.end_time) - epochMs(stage.start_time)) / 1000;
    if (!(seconds > 0)) continue;
    switch (readHealthConnectSleepStage(stage.stage)) {
      case 'awake':
      case 'awake_in_bed':
        totals.awake += seconds;
        break;
      case 'light':
        totals.light += seconds;
        break;
      case 'deep':
        totals.deep += seconds;
        break;
      case 'rem':
        totals.rem += seconds;
        break;
      case 'sleeping':
        totals.sleeping += seconds;
        break;
      default:
        // out_of_bed and unknown count toward neither asleep nor awake in bed.
        break;
    }
  }
  const staged = stages.length > 0;
  const asleep = totals.light + totals.deep + totals.rem + totals.sleeping;
  const duration = sleep.duration_seconds;
  // 'sleeping' is asleep without a stage: the light/deep/REM split is only known without it.
  const split = staged && totals.sleeping === 0;
  return createSleep({
    provider: 'health-connect',
    externalId: healthConnectSleepId(sleep),
    startTime: utcIso(healthConnectSleepStartMs(sleep), ['duration_seconds']),
    endTime: utcIso(sleep.session_end_time, ['session_end_time']),
    utcOffsetMinutes: null,
    timeZone: null,
    durationSeconds: duration,
    asleepSeconds: staged ? asleep : null,
    awakeSeconds: staged ? totals.awake : null,
    lightSeconds: split ? totals.light : null,
    deepSeconds: split ? totals.deep : null,
    remSeconds: split ? totals.rem : null,
    efficiencyPercent:
      staged && duration > 0 ? Math.min(100, Math.round((asleep / duration) * 1000) / 10) : null,
    ...(options.includeRaw ? { raw: sleep } : {}),
  });
}
