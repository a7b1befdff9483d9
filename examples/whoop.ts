/**
 * WHOOP: connect, then show the profile, recent days (recovery + strain) and workouts,
 * normalized. Sandbox by default; the real API when WHOOP_CLIENT_ID and WHOOP_CLIENT_SECRET
 * are set (register http://127.0.0.1:8787/callback as a redirect URL in the dashboard).
 */
import { createWhoopApp, createWhoopClient } from '@fitlink/whoop';
import { whoopSandboxPlugin } from '@fitlink/whoop/testing';
import { startExample } from './shared/example-env.js';

const ctx = await startExample({
  name: 'WHOOP',
  plugin: whoopSandboxPlugin(),
  clientIdVariable: 'WHOOP_CLIENT_ID',
  clientSecretVariable: 'WHOOP_CLIENT_SECRET',
});
try {
  const app = createWhoopApp({
    clientId: ctx.clientId,
    clientSecret: ctx.clientSecret,
    redirectUri: ctx.redirectUri,
    fetch: ctx.fetch,
    onWarning: (warning) => ctx.log(`warning: ${warning.message}`),
  });
  const { url, state } = await app.createAuthorization();
  const tokens = await app.exchangeCode({ callback: await ctx.authorize(url), state });
  await ctx.store.set('whoop-user', tokens);
  ctx.log(`connected: scopes ${tokens.scope?.join(' ')}`);

  const client = createWhoopClient({ app, store: ctx.store, key: 'whoop-user', fetch: ctx.fetch });
  const profile = await client.getProfile();
  ctx.log(
    `profile: ${profile.name} (${profile.id}), ${profile.heightMetres} m, ${profile.weightKg} kg`,
  );

  const since = new Date(Date.now() - 4 * 86_400_000);
  for await (const day of client.listDailySummaries({ since })) {
    ctx.log(
      `day ${day.date}: recovery ${day.recoveryScore ?? '–'}, HRV ${day.hrvRmssdMs ?? '–'} ms, strain ${day.strain ?? '–'}`,
    );
  }
  for await (const activity of client.listActivities({ since })) {
    const minutes = Math.round((activity.elapsedSeconds ?? 0) / 60);
    ctx.log(
      `workout ${activity.startTime} ${activity.sport} (${activity.providerSport}) ${minutes} min, ${activity.energyKcal ?? '–'} kcal, strain ${activity.metrics.strain ?? `– (${String(activity.metrics.scoreState)})`}`,
    );
  }
} finally {
  await ctx.close();
}
