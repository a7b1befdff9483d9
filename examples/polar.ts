/**
 * Polar (AccessLink v4): connect, then show the sports catalogue, recent nights, Nightly Recharge
 * mornings and training sessions, normalized, with the requests each took. Sandbox by default;
 * the real API when POLAR_CLIENT_ID and POLAR_CLIENT_SECRET are set (register
 * http://127.0.0.1:8787/callback as the redirect URI at admin.polaraccesslink.com).
 */
import { createPolarApp, createPolarClient } from '@fitlink/polar';
import { polarSandboxPlugin } from '@fitlink/polar/testing';
import { startExample } from './shared/example-env.js';

const ctx = await startExample({
  name: 'Polar',
  plugin: polarSandboxPlugin(),
  clientIdVariable: 'POLAR_CLIENT_ID',
  clientSecretVariable: 'POLAR_CLIENT_SECRET',
});
try {
  const app = createPolarApp({
    clientId: ctx.clientId,
    clientSecret: ctx.clientSecret,
    redirectUri: ctx.redirectUri,
    fetch: ctx.fetch,
  });
  const { url, state } = await app.createAuthorization();
  const tokens = await app.exchangeCode({ callback: await ctx.authorize(url), state });
  await ctx.store.set('polar-user', tokens);
  ctx.log(`connected: scopes ${tokens.scope?.join(' ')}`);

  const client = createPolarClient({ app, store: ctx.store, key: 'polar-user', fetch: ctx.fetch });
  const sports = await client.sports.list();
  ctx.log(`sports catalogue: ${sports.length} sports`);

  const since = new Date(Date.now() - 4 * 86_400_000);
  for await (const sleep of client.listSleep({ since })) {
    const hours = ((sleep.asleepSeconds ?? 0) / 3600).toFixed(1);
    ctx.log(
      `night ${sleep.startTime}: ${hours} h asleep, deep ${sleep.deepSeconds ?? '–'} s, score ${sleep.score ?? '–'}`,
    );
  }
  for await (const day of client.listDailySummaries({ since })) {
    ctx.log(
      `day ${day.date}: recharge status ${day.recoveryScore ?? '–'}, HRV ${day.hrvRmssdMs ?? '–'} ms, ANS charge ${day.metrics.ansCharge ?? '–'}, ${day.steps ?? '–'} steps`,
    );
  }
  for await (const activity of client.listActivities({ since })) {
    const minutes = Math.round((activity.elapsedSeconds ?? 0) / 60);
    ctx.log(
      `session ${activity.startTime} (UTC${activity.utcOffsetMinutes !== null && activity.utcOffsetMinutes >= 0 ? '+' : ''}${activity.utcOffsetMinutes ?? '?'} min) ${activity.sport} (${activity.providerSport}) ${minutes} min, ${activity.energyKcal ?? '–'} kcal`,
    );
  }
} finally {
  await ctx.close();
}
