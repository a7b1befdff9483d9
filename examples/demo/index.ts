/**
 * The fitlink quickstart. Offline by default: the `@fitlink/testing` sandbox serves every
 * provider on 127.0.0.1, one seeded user is connected to each provider package through its
 * real auth code path (authorization URL → consent → callback → code exchange; Peloton
 * through its login flow), the last 90 days are synced, and the summary shows what a person
 * would want to read. The normalized data is written to demo-output/ as JSON and CSV.
 *
 * Run: `pnpm demo` (no credentials, no network), or `pnpm demo -- --live` against the real
 * providers whose credentials are in the environment (see `.env.example`).
 */
import { join, relative } from 'node:path';
import {
  type Activity,
  type CollectProgress,
  collectActivities,
  type DailySummary,
  EncryptedTokenStore,
  FitlinkError,
  generateTokenKey,
  MemoryStringStore,
  type Play,
  type Sleep,
  type TokenStore,
} from '@fitlink/core';
import { joinPlaysToActivities } from '@fitlink/spotify';
import {
  createSandbox,
  SANDBOX_CLIENT,
  SANDBOX_REDIRECT_URI,
  SANDBOX_USER,
} from '@fitlink/testing';
import { followAuthorization, startSandboxServer } from '@fitlink/testing/node';
import { FileStringStore } from '../shared/file-string-store.js';
import { loadDotEnv } from '../shared/load-env.js';
import { startLoopbackCallback } from '../shared/loopback-callback.js';
import { writeDemoOutput } from './output.js';
import { type ConnectContext, type DemoClient, demoProviders } from './providers.js';
import {
  clip,
  duplicateSummary,
  paragraph,
  perProviderAndSport,
  sleepAndRecovery,
  table,
  WIDTH,
  weeklyTotals,
} from './report.js';

const DAY_MS = 86_400_000;
const started = performance.now();
const live = process.argv.includes('--live');
if (live) loadDotEnv(); // credentials from .env (git-ignored) or the environment
const env = (name: string) => (process.env[name] === '' ? undefined : process.env[name]);
const heading = (text: string) => console.log(`\n▸ ${text}`);
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

const now = Date.now();
const since = new Date(now - 90 * DAY_MS);
const lastWeek = new Date(now - 7 * DAY_MS);

// Tokens are encrypted at rest. Offline the key is throwaway; live it comes from the environment.
async function tokenStore(): Promise<TokenStore | undefined> {
  if (!live) {
    return new EncryptedTokenStore({
      backend: new MemoryStringStore(),
      keys: [{ id: 'demo', key: generateTokenKey() }],
    });
  }
  const key = env('FITLINK_TOKEN_KEY');
  if (key === undefined) {
    console.log(
      [
        'fitlink demo — live mode is not set up yet: it needs FITLINK_TOKEN_KEY, the key that keeps',
        'the tokens encrypted in .fitlink/tokens.json. Make one with',
        `  node -e "console.log(require('node:crypto').randomBytes(32).toString('base64'))"`,
        'and put it in .env with the credentials of the providers to connect (see .env.example).',
        'Without `-- --live`, the demo runs the same against the offline sandbox.',
      ].join('\n'),
    );
    return undefined;
  }
  try {
    return new EncryptedTokenStore({
      backend: new FileStringStore(
        join(process.env.INIT_CWD ?? process.cwd(), '.fitlink', 'tokens.json'),
      ),
      keys: [{ id: env('FITLINK_TOKEN_KEY_ID') ?? 'env', key }],
    });
  } catch (error) {
    console.log(
      paragraph(
        `fitlink demo — FITLINK_TOKEN_KEY is not usable: ${error instanceof Error ? error.message : String(error)}`,
        '',
      ),
    );
    return undefined;
  }
}

// Live mode that is not set up prints what to set and exits 0, like a live run with no provider
// credentials: a non-zero exit would bury the hint under pnpm's own error report.
const store = await tokenStore();
if (store === undefined) process.exit(0);

const sandbox = live
  ? undefined
  : createSandbox({ providers: demoProviders.map((p) => p.plugin(now)) });
const server = sandbox === undefined ? undefined : await startSandboxServer(sandbox);
const port = Number(env('FITLINK_CALLBACK_PORT') ?? 8787);
const fetchFn = server?.fetch ?? globalThis.fetch;
console.log(
  server
    ? `fitlink demo — offline, no credentials: user "${SANDBOX_USER.name}" on ${demoProviders.length} providers\n  served by the sandbox at ${server.url}`
    : 'fitlink demo — live, against the real providers whose credentials are in the environment',
);

try {
  const context: ConnectContext = {
    live,
    fetch: fetchFn,
    store,
    redirectUri: live ? `http://127.0.0.1:${port}/callback` : SANDBOX_REDIRECT_URI,
    clientId: SANDBOX_CLIENT.clientId,
    clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
    env,
    async authorize(url) {
      if (server) return followAuthorization(url, server.fetch);
      const loopback = await startLoopbackCallback({ port });
      console.log(`  open this URL in a browser and approve:\n  ${url.href}`);
      try {
        return await loopback.callback;
      } finally {
        await loopback.close();
      }
    },
  };

  heading('Connections');
  const clients: DemoClient[] = [];
  const connections: string[][] = [];
  for (const provider of demoProviders) {
    const missing = provider.liveVariables.filter((name) => env(name) === undefined);
    const alternative = provider.liveAlternative;
    if (
      live &&
      missing.length > 0 &&
      (alternative === undefined || env(alternative) === undefined)
    ) {
      const hint = `set ${missing.join(' and ')}${alternative ? ` (or ${alternative})` : ''}`;
      connections.push([provider.name, 'skipped', hint]);
      continue;
    }
    try {
      const { client, tokens } = await provider.connect(context);
      clients.push(client);
      const scope = tokens.scope && tokens.scope.length > 0 ? tokens.scope.join(' ') : '—';
      connections.push([provider.name, 'connected', `${provider.flow}; scope: ${scope}`]);
    } catch (error) {
      const reason =
        error instanceof FitlinkError ? `${error.code}: ${error.message}` : String(error);
      connections.push([provider.name, 'failed', reason]);
    }
  }
  console.log(table(['provider', 'status', 'how'], connections, 'lll'));
  if (clients.length === 0) {
    console.log('\nnothing connected: see the lines above for the variables to set.');
    process.exit(live ? 0 : 1);
  }

  heading(`Sync of the last 90 days (since ${since.toISOString().slice(0, 10)})`);
  const progress = new Map<string, CollectProgress>();
  const tty = process.stdout.isTTY === true;
  const showProgress = (update: CollectProgress) => {
    progress.set(update.provider, update);
    const line = [...progress.values()]
      .map(
        (p) =>
          `${p.provider} ${p.count}${p.state === 'done' ? ' ✓' : p.state === 'failed' ? ' ✗' : ''}`,
      )
      .join(' · ');
    if (tty) process.stdout.write(`\r${clip(`  syncing… ${line}`, WIDTH).padEnd(WIDTH)}`);
    else if (update.state !== 'running')
      console.log(`  ${update.provider}: ${update.count} activities (${update.state})`);
  };
  const activitySources = clients.filter(
    (c): c is DemoClient & Required<Pick<DemoClient, 'listActivities'>> =>
      typeof c.listActivities === 'function',
  );
  const collected = await collectActivities(
    activitySources.map((client) => ({
      provider: client.provider,
      listActivities: client.listActivities.bind(client),
    })),
    {
      since,
      providerPriority: [
        'garmin',
        'coros',
        'polar',
        'peloton',
        'strava',
        'trainingpeaks',
        'smashrun',
        'whoop',
        'oura',
        'google-health',
        'apple-health',
        'health-connect',
      ],
      onProgress: showProgress,
    },
  );
  if (tty) process.stdout.write('\n');
  for (const failure of collected.failures) {
    const reason =
      failure.error instanceof FitlinkError
        ? `${failure.error.code}: ${failure.error.message}`
        : String(failure.error);
    console.log(paragraph(`${failure.provider} failed: ${reason}`));
  }
  const all: Activity[] = collected.timeline.map((entry) => entry.activity);
  console.log(
    paragraph(
      `${all.length} activities from ${Object.keys(collected.counts).length} providers → ${collected.activities.length} distinct workouts after de-duplication (${seconds()})`,
    ),
  );

  heading('Activities per provider and sport');
  console.log(perProviderAndSport(all));

  heading('Weekly totals across providers (each workout counted once)');
  console.log(weeklyTotals(collected.activities));

  heading(`Duplicates across providers: ${collected.groups.length} groups`);
  console.log(duplicateSummary(collected.groups));

  const sleeps: Sleep[] = [];
  const days: DailySummary[] = [];
  for (const client of clients) {
    if (client.listSleep)
      for await (const sleep of client.listSleep({ since: lastWeek })) sleeps.push(sleep);
    if (client.listDailySummaries) {
      for await (const day of client.listDailySummaries({ since: lastWeek })) days.push(day);
    }
  }
  heading('Sleep and recovery, last 7 days');
  console.log(
    sleeps.length + days.length > 0
      ? sleepAndRecovery(sleeps, days)
      : '  no connected provider records sleep or recovery',
  );

  const plays: Play[] = [];
  for (const client of clients) {
    if (client.listPlays) for await (const play of client.listPlays({ since })) plays.push(play);
  }
  heading('Soundtrack of the latest workout');
  const soundtrack = latestSoundtrack(collected.activities, plays);
  if (plays.length === 0) console.log('  Spotify is not connected');
  else if (soundtrack === undefined)
    console.log(`  ${plays.length} recent plays, none during a workout`);
  else {
    const { activity, tracks } = soundtrack;
    console.log(
      paragraph(
        `${activity.name ?? activity.sport} (${activity.provider}, ${activity.startTime.slice(0, 16).replace('T', ' ')} UTC): ${tracks.length} tracks`,
      ),
    );
    console.log(
      table(
        ['at', 'track', 'artists'],
        tracks.map((play) => [
          `+${Math.round((Date.parse(play.playedAt) - Date.parse(activity.startTime)) / 60_000)} min`,
          play.trackName,
          play.artists.join(', '),
        ]),
        'rll',
      ),
    );
  }

  // pnpm runs the script in examples/; INIT_CWD is where `pnpm demo` was typed (the repository root).
  const output = await writeDemoOutput(join(process.env.INIT_CWD ?? process.cwd(), 'demo-output'), {
    collected,
    sleeps,
    days,
    plays,
  });
  const where = relative(process.env.INIT_CWD ?? process.cwd(), output.dir) || '.';
  heading(`Wrote ${output.files.length} files to ${where}/`);
  console.log(paragraph(output.files.join(', ')));
  console.log(`\ndone in ${seconds()}`);
} finally {
  await server?.close();
}

/** The newest workout with plays during it, and those plays in order (Spotify's join helper). */
function latestSoundtrack(activities: readonly Activity[], plays: readonly Play[]) {
  const joined = joinPlaysToActivities(plays, activities);
  const latest = joined.reverse().find((entry) => entry.plays.length > 0);
  return latest === undefined ? undefined : { activity: latest.activity, tracks: latest.plays };
}
