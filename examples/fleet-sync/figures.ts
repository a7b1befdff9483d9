import type { JobRecord } from './config.js';

/**
 * Jobs that ran twice: a round of an athlete completed more than once, or two completed jobs of
 * one athlete whose run times overlap.
 */
export function countDuplicates(records: readonly JobRecord[]): number {
  let duplicated = 0;
  const byAthlete = new Map<string, JobRecord[]>();
  const rounds = new Set<string>();
  for (const record of records) {
    const round = `${record.athlete}/${record.round}`;
    if (rounds.has(round)) duplicated++;
    rounds.add(round);
    byAthlete.set(record.athlete, [...(byAthlete.get(record.athlete) ?? []), record]);
  }
  for (const list of byAthlete.values()) {
    const sorted = [...list].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) {
      const previous = sorted[i - 1];
      const current = sorted[i];
      if (previous && current && current.start < previous.end) duplicated++;
    }
  }
  return duplicated;
}
