/**
 * Spotify: connect with authorization code + PKCE as a public client (no secret), show the
 * profile, the recent plays normalized, what plays now, and the soundtrack of a workout.
 * Sandbox by default; the real API when SPOTIFY_CLIENT_ID is set (register
 * http://127.0.0.1:8787/callback as a redirect URI; Spotify refuses localhost).
 */
import { type Activity, createActivity, type Play, renamedSports } from '@fitlink/core';
import { createSpotifyApp, createSpotifyClient, soundtrackOf } from '@fitlink/spotify';
import { spotifySandboxPlugin } from '@fitlink/spotify/testing';
import { SANDBOX_PUBLIC_CLIENT } from '@fitlink/testing';
import { startExample } from './shared/example-env.js';

const plugin = spotifySandboxPlugin();
const ctx = await startExample({
  name: 'Spotify',
  plugin,
  clientIdVariable: 'SPOTIFY_CLIENT_ID',
});
try {
  // A public client: the sandbox's public client offline, your client id live.
  const app = createSpotifyApp({
    clientId: ctx.live ? ctx.clientId : SANDBOX_PUBLIC_CLIENT.clientId,
    redirectUri: ctx.redirectUri,
    scopes: ['user-read-recently-played', 'user-read-currently-playing', 'user-read-private'],
    fetch: ctx.fetch,
  });
  const { url, state, codeVerifier } = await app.createAuthorization();
  const tokens = await app.exchangeCode({
    callback: await ctx.authorize(url),
    state,
    codeVerifier: codeVerifier ?? '',
  });
  await ctx.store.set('listener', tokens);
  const consent = app.consentStatus(tokens);
  ctx.log(
    `connected with PKCE (scopes ${tokens.scope?.join(' ')}); the refresh token ends ${consent.refreshTokenExpiresAt?.toISOString().slice(0, 10)}`,
  );

  const client = createSpotifyClient({ app, store: ctx.store, key: 'listener', fetch: ctx.fetch });
  const me = await client.me.get();
  ctx.log(`profile: ${me.display_name ?? me.id} (${me.uri})`);

  const plays: Play[] = [];
  for await (const play of client.listPlays()) plays.push(play);
  ctx.log(`${plays.length} recent plays (Spotify keeps the last 50); the newest five:`);
  for (const play of plays.slice(0, 5)) {
    ctx.log(`  ${play.playedAt}  ${play.artists.join(', ')} – ${play.trackName}`);
  }

  if (ctx.sandbox) plugin.knobs.nowPlaying = { progressMs: 95_000 };
  const now = await client.player.currentlyPlaying();
  ctx.log(
    now?.item
      ? `now playing: ${now.item.name} (${Math.round((now.progress_ms ?? 0) / 1000)} s in)`
      : 'nothing playing right now (Spotify answered 204)',
  );

  // The workout: offline the sandbox athlete's latest one (the timeline every provider renders);
  // live, the last hour stands in for a workout from another provider.
  const workout = (ctx.sandbox ? plugin.data.timeline.workouts : [])
    .filter((candidate) =>
      plays.some((play) => play.playedAt >= new Date(candidate.startMs).toISOString()),
    )
    .at(-1);
  const activity: Activity = workout
    ? createActivity({
        provider: 'strava',
        externalId: workout.id,
        // The sandbox still says `strength`; the taxonomy's one name is `strength_training`.
        sport: workout.sport === 'strength' ? renamedSports.strength : workout.sport,
        name: workout.title,
        startTime: workout.startMs,
        utcOffsetMinutes: workout.utcOffsetMinutes,
        timeZone: workout.timeZone,
        elapsedSeconds: workout.elapsedSeconds,
      })
    : createActivity({
        provider: 'strava',
        externalId: 'last-hour',
        name: 'the last hour',
        startTime: Date.now() - 3_600_000,
        elapsedSeconds: 3600,
      });
  const soundtrack = soundtrackOf(activity, plays);
  const minutes = Math.round((activity.elapsedSeconds ?? 0) / 60);
  ctx.log(
    `soundtrack of "${activity.name}" (${activity.sport}, ${activity.startTime}, ${minutes} min): ${soundtrack.length} tracks`,
  );
  for (const play of soundtrack) {
    ctx.log(`  ${play.playedAt.slice(11, 19)}  ${play.artists.join(', ')} – ${play.trackName}`);
  }
} finally {
  await ctx.close();
}
