import type { Paginator } from '@fitlink/core';
import { readPaginatorUntil } from '@fitlink/testing';
import type { TrainingPeaksClient, TrainingPeaksDateCursor } from '@fitlink/trainingpeaks';
import { describe, expect, it } from 'vitest';
import { connect, NOW, useTrainingPeaksSandbox } from './helpers.js';

const DAY = 86_400_000;
const ALL = { limit: Number.POSITIVE_INFINITY };

type Options = { since: Date; until: Date; cursor?: TrainingPeaksDateCursor | undefined };
const lists: [
  name: string,
  route: 'workouts' | 'metrics',
  list: (
    client: TrainingPeaksClient,
    options: Options,
  ) => Paginator<unknown, TrainingPeaksDateCursor>,
  key: (record: unknown) => string,
][] = [
  [
    'listActivities',
    'workouts',
    (client, options) => client.listActivities(options),
    (record) => (record as { id: string }).id,
  ],
  [
    'listDailySummaries',
    'metrics',
    (client, options) => client.listDailySummaries(options),
    (record) => (record as { date: string }).date,
  ],
];

describe('normalized lists as paginators over 45-day windows', () => {
  const sandbox = useTrainingPeaksSandbox({ days: 90 });
  // 90 days touch 91 local dates: windows of 45, 45 and 1 days.
  const range = { since: new Date(NOW - 90 * DAY), until: new Date(NOW) };

  it.each(lists)(
    '%s resumes from a { startDate } cursor at a window boundary',
    async (_, route, list, key) => {
      const { client } = await connect();
      const all = (await list(client, range).toArray(ALL)).map(key);
      expect(sandbox.plugin.stats.byRoute[route]).toBe(3);

      const { seen, cursor } = await readPaginatorUntil(list(client, range));
      expect(seen.length).toBeGreaterThan(0);
      expect(cursor).toEqual({ startDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
      const rest = (await list(client, { ...range, cursor }).toArray(ALL)).map(key);
      // Nothing lost, nothing repeated: each record in order, once.
      expect([...seen.map(key), ...rest]).toEqual(all);
      expect(new Set(all).size).toBe(all.length);
    },
  );

  it.each(lists)(
    '%s re-delivers only the window a loop was left in',
    async (_, _route, list, key) => {
      const { client } = await connect();
      const all = (await list(client, range).toArray(ALL)).map(key);
      const { seen: firstWindow } = await readPaginatorUntil(list(client, range));
      const { seen, cursor } = await readPaginatorUntil(list(client, range), {
        count: firstWindow.length + 2,
      });
      const rest = (await list(client, { ...range, cursor }).toArray(ALL)).map(key);
      expect(rest).toEqual(all.slice(firstWindow.length));
      expect([...seen.slice(0, firstWindow.length).map(key), ...rest]).toEqual(all);
    },
  );

  it.each(lists)(
    '%s toArray({ limit }) fetches no more windows than needed',
    async (_, route, list) => {
      const { client } = await connect();
      const { seen: firstWindow } = await readPaginatorUntil(list(client, range));
      const requests = () => sandbox.plugin.stats.byRoute[route] ?? 0;
      const before = requests();
      await list(client, range).toArray({ limit: firstWindow.length });
      expect(requests() - before).toBe(1);
      await list(client, range).toArray({ limit: firstWindow.length + 1 });
      expect(requests() - before).toBe(3);
    },
  );
});
