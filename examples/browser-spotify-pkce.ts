/**
 * A browser page that connects Spotify with PKCE — a public client, no secret in the page —
 * and lists the user's recent plays. Offline it runs against the sandbox and drives the page
 * in headless Chromium (Debian's /usr/bin/chromium through playwright-core): click "Connect",
 * consent, redirect back to 127.0.0.1, code exchange with the verifier from sessionStorage,
 * then the plays rendered in the page.
 *
 * Run: `pnpm example browser-spotify-pkce` (headless, offline), `… -- --serve` to open the
 * page yourself, or with SPOTIFY_CLIENT_ID set to use the real Spotify (register
 * http://127.0.0.1:<FITLINK_CALLBACK_PORT>/callback as the redirect URI).
 */
import { existsSync } from 'node:fs';
import { SPOTIFY_SANDBOX_REDIRECT_URIS, spotifySandboxPlugin } from '@fitlink/spotify/testing';
import { createSandbox, SANDBOX_PUBLIC_CLIENT } from '@fitlink/testing';
import { startSandboxServer } from '@fitlink/testing/node';
import { chromium } from 'playwright-core';
import { servePage } from './browser/serve-page.js';
import { loadDotEnv } from './shared/load-env.js';

const CHROMIUM = '/usr/bin/chromium';
loadDotEnv();
const liveClientId =
  process.env.FITLINK_OFFLINE === '1' ? undefined : process.env.SPOTIFY_CLIENT_ID || undefined;
// The sandbox registers a loopback redirect for the public client, as a real app registers its own.
const sandboxPort = Number(
  new URL(
    SPOTIFY_SANDBOX_REDIRECT_URIS.find((uri) => uri.startsWith('http://127.0.0.1:')) ??
      'http://127.0.0.1:4317',
  ).port,
);
const serveOnly = process.argv.includes('--serve') || liveClientId !== undefined;

const sandbox = liveClientId ? undefined : createSandbox({ providers: [spotifySandboxPlugin()] });
const sandboxServer = sandbox ? await startSandboxServer(sandbox) : undefined;
const page = await servePage({
  port: liveClientId ? Number(process.env.FITLINK_CALLBACK_PORT || 8787) : sandboxPort,
  clientId: liveClientId ?? SANDBOX_PUBLIC_CLIENT.clientId,
  ...(sandboxServer ? { sandboxFetch: sandboxServer.fetch } : {}),
});
console.log(
  `Spotify PKCE in the browser — page on ${page.origin} (${sandbox ? 'sandbox, offline' : 'live Spotify'})`,
);
console.log(
  `  browser bundle: ${(page.bundle.bytes / 1024).toFixed(1)} kB minified, node: imports: ${page.bundle.nodeImports}`,
);

async function shutdown() {
  await page.close();
  await sandboxServer?.close();
}

if (serveOnly) {
  console.log(`  open ${page.origin}/ and press "Connect Spotify"; Ctrl-C to stop`);
  process.once('SIGINT', () => void shutdown().then(() => process.exit(0)));
} else if (!existsSync(CHROMIUM)) {
  console.log(
    `  ${CHROMIUM} not found (apt install chromium): run with --serve and open the page yourself`,
  );
  await shutdown();
  if (process.env.FITLINK_REQUIRE_BROWSER === '1') process.exit(1);
} else {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`${page.origin}/`);
    await tab.waitForSelector('body[data-status="idle"]', { timeout: 10_000 });
    console.log('▸ page loaded; clicking "Connect Spotify"');
    await tab.click('#connect');
    await tab.waitForSelector('body[data-status="done"], body[data-status="failed"]', {
      timeout: 20_000,
    });
    const statusText = await tab.textContent('#status');
    const plays = await tab.$$eval('#plays li', (items) =>
      items.map((item) => item.textContent ?? ''),
    );
    console.log(`  ${statusText}`);
    for (const play of plays.slice(0, 5)) console.log(`    ${play}`);
    if (plays.length > 5) console.log(`    … ${plays.length - 5} more`);
    const tokenRequest = page.forwarded.find((request) => request.url.endsWith('/api/token'));
    const form = new URLSearchParams(tokenRequest?.body ?? '');
    console.log(
      `  token request: grant_type=${form.get('grant_type')}, code_verifier sent: ${form.has('code_verifier')}, no secret sent: ${!form.has('client_secret')}`,
    );
    console.log(`  page address after the callback: ${new URL(tab.url()).pathname} (code removed)`);
    if (errors.length > 0 || statusText?.startsWith('failed')) {
      console.error(`  page errors: ${errors.join('; ') || statusText}`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await shutdown();
  }
}
