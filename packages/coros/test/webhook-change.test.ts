import { ValidationError } from '@fitlink/core';
import { fetchCorosWebhookChange, parseCorosWebhookEvent } from '@fitlink/coros';
import { corosTriathlonFixture, stringifyCorosJson } from '@fitlink/coros/testing';
import { describe, expect, it } from 'vitest';
import { connectedClient, useCorosSandbox } from './helpers.js';

describe('fetchCorosWebhookChange', () => {
  const world = useCorosSandbox();

  it('asks for a fresh FIT URL for a pushed workout', async () => {
    const { client } = await connectedClient(world);
    const workout = world.plugin.data.activities[3];
    const [record] = parseCorosWebhookEvent(
      stringifyCorosJson({ sportDataList: [workout] }),
    ).records;
    if (record === undefined) throw new Error('no record');
    const change = await fetchCorosWebhookChange(client, record);
    expect(change.fitUrl).toBe(`https://oss.coros.com/fit/${workout?.labelId}.fit?Signature=fresh`);
    expect(change.partFitUrls).toEqual([]);
    expect(world.plugin.stats.byRoute.activityFit).toBe(1);
  });

  it("keeps a multisport workout's leg URLs", async () => {
    const { client } = await connectedClient(world);
    const labelId = world.plugin.data.activities[0]?.labelId ?? '';
    const [record] = parseCorosWebhookEvent({
      sportDataList: [{ ...corosTriathlonFixture, labelId }],
    }).records;
    if (record === undefined) throw new Error('no record');
    const change = await fetchCorosWebhookChange(client, record);
    expect(change.partFitUrls).toEqual([
      'https://oss.coros.com/fit/a-swim.fit',
      'https://oss.coros.com/fit/a-bike.fit',
      'https://oss.coros.com/fit/a-run.fit',
    ]);
  });
});

describe('parseCorosWebhookEvent', () => {
  it('a malformed record is a ValidationError naming its path', () => {
    const error = (() => {
      try {
        parseCorosWebhookEvent({ sportDataList: [{ labelId: '1', mode: 'run', startTime: 1 }] });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    const paths = (error as ValidationError).issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['sportDataList.0.mode', 'sportDataList.0.openId']),
    );
  });
});
