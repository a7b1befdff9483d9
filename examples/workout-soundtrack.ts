/**
 * A workout's soundtrack: the latest Strava run or ride, joined with the Spotify tracks
 * played during it (by time window), with the minute each track started.
 *
 * Run: `pnpm example workout-soundtrack`.
 */
import type { Activity, Play } from '@fitlink/core';
import { soundtrackOf } from '@fitlink/spotify';
import { connectSandbox } from './shared/connect-sandbox.js';

const connections = await connectSandbox(['strava', 'spotify']);
console.log(`Workout soundtrack — sandbox on ${connections.url}, Strava + Spotify connected`);
try {
  const strava = connections.clients.get('strava');
  const spotify = connections.clients.get('spotify');
  if (!strava?.listActivities || !spotify?.listPlays)
    throw new Error('both providers must be connected');
  const since = new Date(Date.now() - 7 * 86_400_000);
  const activities: Activity[] = [];
  for await (const activity of strava.listActivities({ since })) activities.push(activity);
  const plays: Play[] = [];
  for await (const play of spotify.listPlays({ since })) plays.push(play);
  console.log(
    `▸ ${activities.length} Strava activities and ${plays.length} Spotify plays in the last 7 days`,
  );

  // Newest first: the latest workout that had music.
  const latest = activities
    .sort((a, b) => b.startTime.localeCompare(a.startTime))
    .map((activity) => ({ activity, tracks: soundtrackOf(activity, plays) }))
    .find((entry) => entry.tracks.length > 0);
  if (latest === undefined) console.log('  no workout with music this week');
  else {
    const { activity, tracks } = latest;
    const start = Date.parse(activity.startTime);
    console.log(
      `▸ ${activity.name} — ${activity.sport}, ${activity.startTime.slice(0, 16)} UTC, ${Math.round((activity.elapsedSeconds ?? 0) / 60)} min`,
    );
    for (const play of tracks) {
      const minute = Math.round((Date.parse(play.playedAt) - start) / 60_000);
      console.log(
        `  +${String(minute).padStart(2)} min  ${play.artists.join(', ')} – ${play.trackName}`,
      );
    }
  }
} finally {
  await connections.close();
}
