/** Writes the normalized data the demo synced to demo-output/ as JSON and CSV. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Activity, CollectedActivities, DailySummary, Play, Sleep } from '@fitlink/core';

const CSV_COLUMNS = [
  'id',
  'provider',
  'externalId',
  'sport',
  'providerSport',
  'name',
  'startTime',
  'utcOffsetMinutes',
  'timeZone',
  'elapsedSeconds',
  'movingSeconds',
  'distanceMetres',
  'elevationGainMetres',
  'energyKcal',
  'heartRateAvgBpm',
  'heartRateMaxBpm',
  'powerAvgWatts',
  'duplicateGroup',
  'kept',
] as const;

// RFC 4180: quote fields holding a comma, quote or line break; double the quotes inside.
function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The activities as CSV, one row per record from every provider, duplicates marked. */
export function activitiesCsv(collected: CollectedActivities): string {
  const rows = collected.timeline.map(({ activity, group, kept }) => {
    const record: Record<string, unknown> = { ...activity, duplicateGroup: group, kept };
    return CSV_COLUMNS.map((column) => csvField(record[column])).join(',');
  });
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** Everything the demo wrote, by file name. */
export interface DemoOutput {
  readonly dir: string;
  readonly files: readonly string[];
}

/** Writes activities (JSON with duplicate marks, CSV), duplicates, sleep, daily summaries and plays. */
export async function writeDemoOutput(
  dir: string,
  data: {
    collected: CollectedActivities;
    sleeps: readonly Sleep[];
    days: readonly DailySummary[];
    plays: readonly Play[];
  },
): Promise<DemoOutput> {
  await mkdir(dir, { recursive: true });
  const strip = <T extends { raw?: unknown }>(record: T) => {
    const { raw: _raw, ...rest } = record;
    return rest;
  };
  const files: Record<string, string> = {
    'activities.json': JSON.stringify(
      data.collected.timeline.map(({ activity, group, kept }) => ({
        ...strip(activity as Activity),
        duplicateGroup: group,
        kept,
      })),
      null,
      2,
    ),
    'activities.csv': activitiesCsv(data.collected),
    'duplicates.json': JSON.stringify(
      data.collected.groups.map((group) => ({
        kept: group.preferred.id,
        duplicates: group.duplicates.map((d) => d.id),
        reason: group.reason.summary,
      })),
      null,
      2,
    ),
    'sleep.json': JSON.stringify(data.sleeps.map(strip), null, 2),
    'daily-summaries.json': JSON.stringify(data.days.map(strip), null, 2),
    'plays.json': JSON.stringify(data.plays.map(strip), null, 2),
  };
  for (const [name, content] of Object.entries(files)) {
    await writeFile(join(dir, name), name.endsWith('.csv') ? content : `${content}\n`);
  }
  return { dir, files: Object.keys(files) };
}
