import {
  downloadGarminActivityFile,
  type GarminActivityFileEvent,
  GarminActivityFileGoneError,
} from '@fitlink/garmin';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { connect, garminPlugin, webhookWorld } from './helpers.js';

describe('activity files', () => {
  const sandbox = useSandbox(() => [garminPlugin()]);

  it('downloads once; the second download is GarminActivityFileGoneError (410), not retried', async () => {
    const { emitter, delivered } = webhookWorld(sandbox.plugin);
    const { client } = await connect(sandbox.plugin);
    expect((await emitter.activityFiles()).status).toBe(200);
    const [event] = (delivered[0]?.events ?? []) as GarminActivityFileEvent[];
    if (!event) throw new Error('expected a file notification');
    expect(event.file.fileType).toBe('FIT');
    const file = await downloadGarminActivityFile(client, event);
    expect(new TextDecoder().decode(file.bytes.slice(8, 12))).toBe('.FIT');
    const again = await downloadGarminActivityFile(client, event).catch(
      (caught: unknown) => caught,
    );
    expect(again).toBeInstanceOf(GarminActivityFileGoneError);
    expect(again).toMatchObject({ status: 410 });
  });

  it('refuses a file URL on another host (the token stays with Garmin)', async () => {
    const { client } = await connect(sandbox.plugin);
    await expect(
      client.activityFiles.download('https://evil.example.com/activityFile?id=1'),
    ).rejects.toMatchObject({
      code: 'invalid_argument',
    });
    await expect(
      client.summaries.fetchCallback(
        'dailies',
        'https://evil.example.com/wellness-api/rest/dailies',
      ),
    ).rejects.toMatchObject({ code: 'invalid_argument' });
  });

  it('pulls by upload window, 24 h at a time, in seconds', async () => {
    const { client } = await connect(sandbox.plugin);
    const pages = [];
    for await (const page of client.summaries.pull('dailies', {
      since: new Date('2026-11-17T00:00:00Z'),
      until: new Date('2026-11-20T12:00:00Z'),
    }))
      pages.push(page);
    expect(pages).toHaveLength(4);
    const urls = sandbox.plugin.knobs.callbackLog.map((url) => new URL(url));
    const start = Date.parse('2026-11-17T00:00:00Z') / 1000;
    expect(urls.map((url) => url.searchParams.get('uploadStartTimeInSeconds'))).toEqual(
      [0, 1, 2, 3].map((day) => String(start + day * 86_400)),
    );
    expect(urls.at(-1)?.searchParams.get('uploadEndTimeInSeconds')).toBe(
      String(Date.parse('2026-11-20T12:00:00Z') / 1000),
    );
  });

  it('a withdrawn permission is a typed error before the call', async () => {
    sandbox.plugin.knobs.permissions = ['ACTIVITY_EXPORT'];
    const { client } = await connect(sandbox.plugin);
    await expect(
      client.summaries.fetchCallback(
        'sleeps',
        'https://apis.garmin.com/wellness-api/rest/sleeps?uploadStartTimeInSeconds=1&uploadEndTimeInSeconds=2',
      ),
    ).rejects.toMatchObject({ name: 'GarminMissingPermissionError', missing: ['HEALTH_EXPORT'] });
    expect(sandbox.plugin.knobs.callbackLog).toEqual([]);
  });
});
