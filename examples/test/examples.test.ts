import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const here = join(import.meta.dirname, '..');
const tsx = join(here, '..', 'node_modules', '.bin', 'tsx');
const examples = readdirSync(here)
  .filter(
    (name) => name.endsWith('.ts') && name !== 'run-example.ts' && !name.endsWith('.config.ts'),
  )
  .map((name) => name.replace(/\.ts$/, ''))
  .sort();
const readme = readFileSync(join(here, 'README.md'), 'utf8');
// CI installs chromium and sets FITLINK_REQUIRE_BROWSER=1, so the browser example cannot skip there.
const browserAvailable =
  existsSync('/usr/bin/chromium') || process.env.FITLINK_REQUIRE_BROWSER === '1';

// Lines each example must print (beyond exiting 0), so a silently broken example fails.
const expected: Record<string, RegExp[]> = {
  'apple-health': [
    /metric phone → 200/,
    /stored: 0 new, 0 changed/,
    /wrong key → 401/,
    /truncated body → 400/,
  ],
  coros: [
    /connected: openId \w+/,
    /pushed \d+ workouts twice: (\d+) stored, \1 after the replay/,
    /a push with a wrong Secret: 401/,
    /received coros:activity:/,
  ],
  garmin: [
    /connected: Garmin user sandbox-user-1/,
    /refused 401: webhook_verification/,
    /stored \d+ summaries/,
  ],
  'google-health': [
    /connected: \d+ scopes, refresh token yes/,
    /identity: \w+ \(legacy Fitbit id \w+\)/,
    /day \d{4}-\d{2}-\d{2}: steps \d+/,
  ],
  'health-connect': [
    /pushed \d+ daily syncs: 200/,
    /replayed the last two syncs: nothing added/,
    /a wrong key: 401/,
    /an oversized body: 413/,
    /offset unknown \(UTC only\)/,
  ],
  oura: [
    /token endpoint: https:\/\/moi\.ouraring\.com\//,
    /day \d{4}-\d{2}-\d{2}: readiness \d+/,
    /sleep .*: [\d.]+ h asleep, deep \d+ s, lowest HR \d+/,
  ],
  polar: [
    /connected: scopes training_sessions:read/,
    /sports catalogue: \d+ sports/,
    /day \d{4}-\d{2}-\d{2}: recharge status/,
  ],
  'browser-spotify-pkce': browserAvailable
    ? [
        /node: imports: false/,
        /connected with PKCE: 50 recent plays/,
        /code_verifier sent: true, no secret sent: true/,
        /page address after the callback: \/ \(code removed\)/,
      ]
    : [/not found \(apt install chromium\)/],
  'connect-loopback': [
    /browser reached http:\/\/127\.0\.0\.1:\d+\/callback → 200/,
    /connected: scope read/,
  ],
  'cross-provider-dedupe': [
    /→ \d+ workouts, \d+ duplicate groups/,
    /keep peloton/,
    /duplicates: strava, whoop/,
  ],
  'incremental-sync': [
    /run 1 .*: 100 activities read .* interrupted at page 4/,
    /run 2 .*: \d+ activities read \(10 seen before\), \d+ known, complete/,
    /run 3 .*: 0 activities read/,
  ],
  peloton: [/member: Sandy Box/, /indoor_ride/],
  smashrun: [/connected: Sandy Box/, /km splits, route of \d+ points/],
  spotify: [/connected with PKCE/, /50 recent plays/],
  strava: [/connected athlete \d+ with scopes/, /streams of strava:\d+: \d+ samples/],
  'token-store-rotation': [
    /the file holds ciphertext only: true/,
    /rotated to key-2026: 3 entries re-encrypted/,
    /read with the retired key-2025: TokenStoreError/,
  ],
  trainingpeaks: [/connected \(sandbox\): Sandy Box/, /FTP \d+ W, threshold HR \d+ bpm/],
  'webhook-receiver': [
    /strava handshake → 200 \{"hub.challenge":"15f7d1a91c1f40f8"\}/,
    /strava handshake with a wrong verify token → 401/,
    /whoop workout.updated \(signed\) → 204; tampered body → 401/,
    /trainingpeaks post to the secret URL → 204; without the token → 401/,
    /3 verified events: strava, whoop, trainingpeaks/,
  ],
  whoop: [/profile: Sandy Box/, /day \d{4}-\d{2}-\d{2}: recovery/],
  'workout-soundtrack': [/Strava activities and \d+ Spotify plays/, /\+\s*\d+ min {2}.+ – .+/],
};

// Credentials must never switch an example to the real API inside the test run.
const offlineEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) =>
      !/_(CLIENT_ID|CLIENT_SECRET|REFRESH_TOKEN|USERNAME|PASSWORD|ACCESS_TOKEN)$/.test(name),
  ),
);

describe('examples', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples)('%s is listed in examples/README.md', (name) => {
    expect(readme).toContain(`pnpm example ${name}`);
  });

  // fleet-sync needs PostgreSQL and Redis and runs worker processes for about 25 s: .ci/run runs
  // it as a step of its own (after scripts/ci-services.sh), and its packages' tests run here.
  it.each(examples.filter((name) => name !== 'fleet-sync'))(
    '%s runs against the sandbox and exits 0',
    async (name) => {
      const { stdout } = await run(tsx, ['--conditions=source', `${name}.ts`], {
        cwd: here,
        env: offlineEnv,
        timeout: 60_000,
      });
      expect(stdout.length).toBeGreaterThan(0);
      for (const pattern of expected[name] ?? []) expect(stdout).toMatch(pattern);
    },
    90_000,
  );
});
