/**
 * Peloton: log a member in (email + password through Auth0, or a pasted refresh token), then
 * show the profile, the latest workouts normalized, and one workout's samples.
 *
 * Sandbox by default. Live: PELOTON_USERNAME + PELOTON_PASSWORD, or PELOTON_REFRESH_TOKEN.
 */
import { createPelotonApp, createPelotonClient } from '@fitlink/peloton';
import {
  PELOTON_SANDBOX_PASSWORD,
  PELOTON_SANDBOX_USERNAME,
  pelotonSandboxPlugin,
} from '@fitlink/peloton/testing';
import { startExample } from './shared/example-env.js';

const ctx = await startExample({
  name: 'Peloton',
  plugin: pelotonSandboxPlugin(),
  clientIdVariable: 'PELOTON_USERNAME',
  liveVariables: ['PELOTON_REFRESH_TOKEN'],
});

try {
  const app = createPelotonApp({ fetch: ctx.fetch });
  const refreshToken = ctx.env('PELOTON_REFRESH_TOKEN');
  const tokens =
    ctx.live && refreshToken
      ? await app.fromToken({ refreshToken })
      : await app.login({
          username: ctx.live ? (ctx.env('PELOTON_USERNAME') ?? '') : PELOTON_SANDBOX_USERNAME,
          password: ctx.live ? (ctx.env('PELOTON_PASSWORD') ?? '') : PELOTON_SANDBOX_PASSWORD,
        });
  await ctx.store.set('peloton:example', tokens);
  ctx.log(`connected; access token valid until ${new Date(tokens.expiresAt ?? 0).toISOString()}`);

  const client = createPelotonClient({
    app,
    store: ctx.store,
    key: 'peloton:example',
    fetch: ctx.fetch,
  });
  const profile = await client.getProfile();
  ctx.log(`member: ${profile.name} (${profile.externalId})`);

  const since = new Date(Date.now() - 14 * 86_400_000);
  let shown = 0;
  let firstId: string | undefined;
  for await (const activity of client.listActivities({ since })) {
    firstId ??= activity.externalId;
    const km =
      activity.distanceMetres === null ? '' : ` ${(activity.distanceMetres / 1000).toFixed(2)} km`;
    const kj = activity.metrics.outputKilojoules
      ? ` ${Math.round(Number(activity.metrics.outputKilojoules))} kJ`
      : '';
    ctx.log(
      `${activity.startTime} (UTC${activity.utcOffsetMinutes === null ? '?' : activity.utcOffsetMinutes / 60}) ${activity.sport.padEnd(13)} ${activity.name}${km}${kj} — ${activity.metrics.instructorName ?? 'no instructor'}`,
    );
    if (++shown === 5) break;
  }
  if (firstId) {
    const samples = await client.getSamples(firstId, { everyN: 30 });
    const series = Object.keys(samples.series).filter((key) => key !== 'offsetsSeconds');
    ctx.log(
      `samples of ${firstId}: ${samples.series.offsetsSeconds.length} points (${series.join(', ')})`,
    );
  }
} finally {
  await ctx.close();
}
