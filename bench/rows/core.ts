/**
 * The core rows kept from the first bench: the HTTP client's own overhead on an instant fetch
 * (no network at all), a token read through AES-256-GCM, and redaction of a 2 kB error body,
 * each beside its floor.
 */
import {
  connectionAuth,
  createEncryptedTokenStore,
  createHttpClient,
  createMemoryStringStore,
  createMemoryTokenStore,
  generateTokenKey,
  redact,
} from '@fitlink/core';
import { duration, interleave, type Measured, ratios, table, withSpread } from '../lib/measure.js';
import type { BenchRow, RowContext, SummaryLine } from '../lib/row.js';
import { scaled } from '../lib/row.js';

const body = JSON.stringify({ id: 1, name: 'Morning Ride', distance: 41234.5, moving_time: 5400 });
// A fetch that answers at once, so the figures show the client's own overhead.
const instantFetch: typeof fetch = async () =>
  new Response(body, {
    status: 200,
    headers: { 'content-type': 'application/json', 'x-ratelimit-remaining': '99' },
  });

const tokens = {
  accessToken: 'bench-access-token-0123456789',
  refreshToken: 'bench-refresh-token-0123456789',
  expiresAt: Date.now() + 3_600_000,
};

async function pair(
  measure: string,
  subject: { label: string; run: () => unknown },
  baseline: { label: string; run: () => unknown },
  context: RowContext,
): Promise<{ line: string[]; summary: SummaryLine }> {
  const [s, b] = (await interleave([subject, baseline], {
    rounds: scaled(15, context),
    roundMs: 30,
    warmup: 200,
  })) as [Measured, Measured];
  return {
    line: [s.label, withSpread(s), b.label, withSpread(b), ratios(s, b)],
    summary: {
      measure,
      fitlink: duration(s.ms),
      baseline: duration(b.ms),
      ratio: ratios(s, b),
      goal: '—',
    },
  };
}

/** The core rows. */
export const coreRow: BenchRow = {
  id: 'core',
  title: 'Core: HTTP client on an instant fetch, encrypted token store, redaction',
  async run(context) {
    const store = createMemoryTokenStore();
    await store.set('user', tokens);
    const client = createHttpClient({
      provider: 'bench',
      baseUrl: 'https://api.bench.invalid/v1/',
      fetch: instantFetch,
      auth: connectionAuth({ provider: 'bench', store, key: 'user' }),
    });
    const http = await pair(
      'core HTTP client on an instant fetch (no network), vs fetch + JSON.parse',
      {
        label: 'createHttpClient().request (bearer, ky)',
        run: () => client.request({ path: 'activities/1' }),
      },
      {
        label: 'fetch + JSON.parse',
        run: async () => {
          const response = await instantFetch('https://api.bench.invalid/v1/activities/1', {
            headers: { authorization: 'Bearer x' },
          });
          return JSON.parse(await response.text());
        },
      },
      context,
    );

    const plain = createMemoryTokenStore();
    await plain.set('user', tokens);
    const encrypted = createEncryptedTokenStore({
      backend: createMemoryStringStore(),
      keys: [{ id: 'k1', key: generateTokenKey() }],
    });
    await encrypted.set('user', tokens);
    const store2 = await pair(
      'token read, AES-256-GCM at rest, vs the memory store',
      { label: 'encrypted store get (AES-256-GCM)', run: () => encrypted.get('user') },
      { label: 'memory store get', run: () => plain.get('user') },
      context,
    );

    const text = `${JSON.stringify({ error: 'invalid_request', access_token: 'secret-value-0123456789', message: 'x'.repeat(1800) })} Bearer abc.def.ghi`;
    const redaction = await pair(
      'redact() of a 2 kB error body with 2 known secrets, vs String#slice',
      {
        label: 'redact() of 2 kB with 2 known secrets',
        run: () => redact(text, ['secret-value-0123456789', 'other-secret-9876543210']),
      },
      { label: 'String#slice of 2 kB', run: () => text.slice(0, 500) },
      context,
    );

    const all = [http, store2, redaction];
    return {
      detail: table(
        ['subject', 'median ± spread', 'baseline (same run)', 'median ± spread', 'ratio'],
        all.map((item) => item.line),
      ),
      summary: all.map((item) => item.summary),
    };
  },
};
