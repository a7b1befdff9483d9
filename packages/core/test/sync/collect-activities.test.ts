import { describe, expect, it } from 'vitest';
import {
  type Activity,
  type ActivitySource,
  type CollectProgress,
  collectActivities,
  createActivity,
  createPaginator,
  ProviderError,
  type TimeRange,
} from '../../src/index.js';

const day = Date.UTC(2026, 9, 1, 13, 0);

function activity(provider: string, externalId: string, offsetMinutes: number, extra = {}) {
  return createActivity({
    provider,
    externalId,
    sport: 'ride',
    startTime: day + offsetMinutes * 60_000,
    elapsedSeconds: 3600,
    distanceMetres: 30_000,
    ...extra,
  });
}

// A source whose list is a core paginator of one activity per page, failing at `failAfter`.
function source(
  provider: string,
  activities: Activity[],
  options: { failAfter?: number; seen?: TimeRange[] } = {},
): ActivitySource {
  return {
    provider,
    listActivities(range) {
      options.seen?.push(range);
      return createPaginator<Activity, number>({
        fetchPage: async (cursor) => {
          const index = cursor ?? 0;
          if (options.failAfter !== undefined && index >= options.failAfter) {
            throw new ProviderError('boom', { provider, status: 503, endpoint: '/list' });
          }
          await Promise.resolve();
          return {
            items: activities.slice(index, index + 1),
            next: index + 1 < activities.length ? index + 1 : undefined,
          };
        },
      });
    },
  };
}

describe('collectActivities', () => {
  it('merges sources in time order and marks cross-provider duplicates', async () => {
    const seen: TimeRange[] = [];
    const since = new Date(day - 86_400_000);
    const until = new Date(day + 86_400_000);
    const progress: CollectProgress[] = [];
    const result = await collectActivities(
      [
        // Newest first, as many providers list.
        source('strava', [activity('strava', 's2', 600), activity('strava', 's1', 1)], { seen }),
        source('peloton', [activity('peloton', 'p1', 0, { elapsedSeconds: 3590 })], { seen }),
        source('whoop', [activity('whoop', 'w9', 300, { distanceMetres: null })], { seen }),
      ],
      { since, until, providerPriority: ['peloton'], onProgress: (p) => progress.push(p) },
    );
    expect(seen).toEqual([
      { since, until },
      { since, until },
      { since, until },
    ]);
    expect(result.timeline.map((entry) => entry.activity.id)).toEqual([
      'peloton:p1',
      'strava:s1',
      'whoop:w9',
      'strava:s2',
    ]);
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0]?.preferred.id).toBe('peloton:p1');
    expect(result.groups[0]?.duplicates.map((a) => a.id)).toEqual(['strava:s1']);
    expect(result.timeline.map((entry) => [entry.group, entry.kept])).toEqual([
      [0, true],
      [0, false],
      [null, true],
      [null, true],
    ]);
    expect(result.activities.map((a) => a.id)).toEqual(['peloton:p1', 'whoop:w9', 'strava:s2']);
    expect(result.counts).toEqual({ strava: 2, peloton: 1, whoop: 1 });
    expect(result.failures).toEqual([]);
    expect(
      progress
        .filter((p) => p.state === 'done')
        .map((p) => p.provider)
        .sort(),
    ).toEqual(['peloton', 'strava', 'whoop']);
    expect(progress.at(-1)?.total).toBe(4);
  });

  it('keeps what a failing source yielded and reports the failure', async () => {
    const result = await collectActivities([
      source('strava', [activity('strava', 'a', 0), activity('strava', 'b', 90)], { failAfter: 1 }),
      source('whoop', [activity('whoop', 'c', 200)]),
    ]);
    expect(result.activities.map((a) => a.id)).toEqual(['strava:a', 'whoop:c']);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]?.provider).toBe('strava');
    expect(result.failures[0]?.error).toBeInstanceOf(ProviderError);
  });

  it('rejects when the signal aborts', async () => {
    const controller = new AbortController();
    const slow: ActivitySource = {
      provider: 'slow',
      listActivities: () =>
        createPaginator({
          fetchPage: async () => {
            controller.abort();
            return { items: [activity('slow', 'x', 0)], next: undefined };
          },
        }),
    };
    await expect(collectActivities([slow], { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
