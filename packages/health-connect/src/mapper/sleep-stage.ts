/** The sleep stages fitlink counts, from Health Connect's `SleepSessionRecord.STAGE_TYPE_*`. */
export type HealthConnectSleepStage =
  | 'unknown'
  | 'awake'
  | 'sleeping'
  | 'out_of_bed'
  | 'light'
  | 'deep'
  | 'rem'
  | 'awake_in_bed';

/**
 * Health Connect's `SleepSessionRecord.STAGE_TYPE_*` constants: code → stage. HC Webhook sends
 * the code as text (`"5"`); other exporters send the name (`"deep"`, `"STAGE_TYPE_DEEP"`).
 *
 * @see https://developer.android.com/reference/kotlin/androidx/health/connect/client/records/SleepSessionRecord
 */
export const HEALTH_CONNECT_SLEEP_STAGES: Readonly<Record<string, HealthConnectSleepStage>> = {
  '0': 'unknown',
  '1': 'awake',
  '2': 'sleeping',
  '3': 'out_of_bed',
  '4': 'light',
  '5': 'deep',
  '6': 'rem',
  '7': 'awake_in_bed',
};

const NAMES: ReadonlySet<string> = new Set(Object.values(HEALTH_CONNECT_SLEEP_STAGES));

/**
 * Reads a stage as an exporter sends it (code or name); `unknown` for anything else.
 *
 * @param stage - The exporter's `stage` field.
 */
export function readHealthConnectSleepStage(stage: string | number): HealthConnectSleepStage {
  const text = String(stage).trim();
  const byCode = HEALTH_CONNECT_SLEEP_STAGES[text];
  if (byCode !== undefined) return byCode;
  const name = text.toLowerCase().replace(/^stage_type_/, '');
  return NAMES.has(name) ? (name as HealthConnectSleepStage) : 'unknown';
}
