/**
 * Cross-provider de-duplication: the same indoor ride arrives from Peloton (where it was
 * done), Strava (synced from Peloton) and WHOOP (strapped on). `collectActivities` pulls the
 * three connected clients at once, merges them in time order, and marks each group of
 * duplicates with the record to keep and why they matched.
 *
 * Run: `pnpm example cross-provider-dedupe`.
 */
import { type ActivitySource, collectActivities } from '@fitlink/core';
import { connectSandbox } from './shared/connect-sandbox.js';

const connections = await connectSandbox(['peloton', 'strava', 'whoop']);
console.log(
  `Cross-provider dedupe — sandbox on ${connections.url}, Peloton + Strava + WHOOP connected`,
);
try {
  const sources = [...connections.clients.values()].filter(
    (client): client is ActivitySource => typeof client.listActivities === 'function',
  );
  const since = new Date(Date.now() - 14 * 86_400_000);
  // Keep Peloton's record when it has one (class title, instructor, output), then Strava's.
  const result = await collectActivities(sources, {
    since,
    providerPriority: ['peloton', 'strava'],
  });
  console.log(
    `▸ last 14 days: ${result.timeline.length} records → ${result.activities.length} workouts, ${result.groups.length} duplicate groups`,
  );
  for (const group of result.groups.slice(-4)) {
    const { preferred, duplicates, reason } = group;
    console.log(
      `  ${preferred.startTime.slice(0, 16)} ${preferred.sport}: keep ${preferred.provider} "${preferred.name}"`,
    );
    console.log(
      `    duplicates: ${duplicates.map((d) => d.provider).join(', ')} — ${reason.summary}`,
    );
  }
  const alone = result.timeline.filter((entry) => entry.group === null);
  console.log(
    alone.length === 0
      ? '▸ every workout in this window was recorded by at least two providers'
      : `▸ ${alone.length} records only one provider has, e.g. ${alone
          .slice(-3)
          .map((e) => `${e.activity.provider} ${e.activity.sport}`)
          .join(', ')}`,
  );

  // The same data, preferring WHOOP: the groups stay, the kept record changes.
  const whoopFirst = await collectActivities(sources, { since, providerPriority: ['whoop'] });
  const kept = new Map<string, number>();
  for (const group of whoopFirst.groups)
    kept.set(group.preferred.provider, (kept.get(group.preferred.provider) ?? 0) + 1);
  console.log(
    `▸ with providerPriority ['whoop'], kept records come from: ${[...kept].map(([p, n]) => `${p} ${n}`).join(', ')}`,
  );
} finally {
  await connections.close();
}
