/**
 * Incremental sync with a resumable cursor saved to a file: a first run is interrupted
 * halfway (as a crashed worker would be), the next run resumes from the saved cursor without
 * losing or repeating a page, and a later run asks Strava only for what is new.
 *
 * Run: `pnpm example incremental-sync` (sandbox), or with STRAVA_CLIENT_ID/SECRET set (live).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PageCursor } from '@fitlink/core';
import { createStravaApp, createStravaClient } from '@fitlink/strava';
import { stravaSandboxPlugin } from '@fitlink/strava/testing';
import { startExample } from './shared/example-env.js';

/** What survives between runs: where the last complete sync ended, and a cursor mid-sync. */
interface SyncState {
  syncedUntil: string | null;
  running: { since: string | null; cursor: PageCursor | null; newest: string | null } | null;
  seen: string[];
}

const ctx = await startExample({
  name: 'Incremental sync (Strava)',
  plugin: stravaSandboxPlugin(),
  clientIdVariable: 'STRAVA_CLIENT_ID',
  clientSecretVariable: 'STRAVA_CLIENT_SECRET',
});
const dir = await mkdtemp(join(tmpdir(), 'fitlink-sync-'));
const stateFile = join(dir, 'strava-sync.json');
const load = async (): Promise<SyncState> =>
  readFile(stateFile, 'utf8').then(
    (text) => JSON.parse(text) as SyncState,
    () => ({ syncedUntil: null, running: null, seen: [] }),
  );
const save = (state: SyncState) => writeFile(stateFile, JSON.stringify(state));

try {
  const app = createStravaApp({
    clientId: ctx.clientId,
    clientSecret: ctx.clientSecret,
    redirectUri: ctx.redirectUri,
    fetch: ctx.fetch,
  });
  await ctx.store.set('athlete', await ctx.connect(app));
  const client = createStravaClient({ app, store: ctx.store, key: 'athlete', fetch: ctx.fetch });

  /** One sync run; `stopAfter` simulates a crash after that many activities. */
  async function run(label: string, stopAfter = Number.POSITIVE_INFINITY) {
    const state = await load();
    const since = state.running?.since ?? state.syncedUntil;
    const activities = client.activities.list({
      pageSize: 30, // small pages to show the cursor moving; real syncs keep the default 200
      ...(since === null ? {} : { since: new Date(since) }),
      ...(state.running?.cursor ? { cursor: state.running.cursor } : {}),
    });
    // The newest start seen is part of the saved state: without `since` Strava lists newest
    // first, so a resumed run only sees older pages.
    let newest = state.running?.newest ?? null;
    state.running = { since, cursor: activities.cursor ?? null, newest };
    let fetched = 0;
    let duplicates = 0;
    const seen = new Set(state.seen);
    for await (const activity of activities) {
      if (fetched >= stopAfter) break;
      fetched += 1;
      const id = String(activity.id);
      if (seen.has(id)) duplicates += 1; // a resumed page may repeat items, never skip them
      seen.add(id);
      if (newest === null || activity.start_date > newest) newest = activity.start_date;
      // Save after every item: the cursor always points at a page that loses nothing.
      state.running = { since, cursor: activities.cursor ?? null, newest };
      state.seen = [...seen];
      await save(state);
    }
    if (activities.done) {
      // Strava's `after` is inclusive of the second: start one second later next time.
      if (newest !== null) state.syncedUntil = new Date(Date.parse(newest) + 1000).toISOString();
      state.running = null;
      await save(state);
    }
    console.log(
      `▸ ${label}: ${fetched} activities read (${duplicates} seen before), ${seen.size} known, ` +
        (activities.done
          ? `complete — next run starts after ${state.syncedUntil}`
          : `interrupted at page ${activities.cursor?.page}`),
    );
  }

  await run('run 1 (crashes after 100 activities)', 100);
  await run('run 2 (resumes from the saved cursor)');
  await run('run 3 (incremental: only what is new)');
  ctx.log(`state file: ${stateFile}`);
} finally {
  await rm(dir, { recursive: true, force: true });
  await ctx.close();
}
