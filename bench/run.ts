/**
 * fitlink core benchmarks. Each case prints its figure beside a baseline measured in the same
 * run on the same machine, and the ratio between them; nothing here is a pass/fail test.
 *
 * Run with `pnpm bench`.
 */
import {
  connectionAuth,
  createHttpClient,
  EncryptedTokenStore,
  generateTokenKey,
  MemoryStringStore,
  MemoryTokenStore,
  redact,
} from '../packages/core/src/index.js';

interface Result {
  name: string;
  opsPerSecond: number;
}

async function measure(
  name: string,
  task: () => Promise<unknown> | unknown,
  minMs = 700,
): Promise<Result> {
  for (let i = 0; i < 200; i++) await task(); // warm-up
  let iterations = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 100; i++) await task();
    iterations += 100;
    elapsed = performance.now() - started;
  }
  return { name, opsPerSecond: (iterations / elapsed) * 1000 };
}

function row(subject: Result, baseline: Result): string {
  const ratio = subject.opsPerSecond / baseline.opsPerSecond;
  const fmt = (value: number) => Math.round(value).toLocaleString('en-US').padStart(12);
  return `| ${subject.name.padEnd(44)} | ${fmt(subject.opsPerSecond)} | ${baseline.name.padEnd(34)} | ${fmt(baseline.opsPerSecond)} | ${ratio.toFixed(2).padStart(5)}× |`;
}

const body = JSON.stringify({ id: 1, name: 'Morning Ride', distance: 41234.5, moving_time: 5400 });
// A fetch that answers at once, so the figures show the client's own overhead.
const instantFetch: typeof fetch = async () =>
  new Response(body, {
    status: 200,
    headers: { 'content-type': 'application/json', 'x-ratelimit-remaining': '99' },
  });

const rows: string[] = [];

// 1. The HTTP client's overhead per request (auth from the store, rate-limit bookkeeping, hooks)
//    against calling the same fetch and parsing JSON by hand.
{
  const store = new MemoryTokenStore();
  await store.set('user', {
    accessToken: 'bench-access-token-0123456789',
    expiresAt: Date.now() + 3_600_000,
  });
  const client = createHttpClient({
    provider: 'bench',
    baseUrl: 'https://api.bench.invalid/v1/',
    fetch: instantFetch,
    auth: connectionAuth({ provider: 'bench', store, key: 'user' }),
  });
  const baseline = await measure('fetch + JSON.parse', async () => {
    const response = await instantFetch('https://api.bench.invalid/v1/activities/1', {
      headers: { authorization: 'Bearer x' },
    });
    return JSON.parse(await response.text());
  });
  const subject = await measure('createHttpClient().request (bearer, ky)', () =>
    client.request({ path: 'activities/1' }),
  );
  rows.push(row(subject, baseline));
}

// 2. Reading a token through AES-256-GCM encryption against the plain memory store.
{
  const tokens = {
    accessToken: 'bench-access-token-0123456789',
    refreshToken: 'bench-refresh-token-0123456789',
    expiresAt: Date.now() + 3_600_000,
  };
  const plain = new MemoryTokenStore();
  await plain.set('user', tokens);
  const encrypted = new EncryptedTokenStore({
    backend: new MemoryStringStore(),
    keys: [{ id: 'k1', key: generateTokenKey() }],
  });
  await encrypted.set('user', tokens);
  const baseline = await measure('MemoryTokenStore.get', () => plain.get('user'));
  const subject = await measure('EncryptedTokenStore.get (AES-256-GCM)', () =>
    encrypted.get('user'),
  );
  rows.push(row(subject, baseline));
}

// 3. Redacting a 2 kB provider error body against copying it (the floor of any string work).
{
  const text = `${JSON.stringify({ error: 'invalid_request', access_token: 'secret-value-0123456789', message: 'x'.repeat(1800) })} Bearer abc.def.ghi`;
  const baseline = await measure('String#slice of 2 kB', () => text.slice(0, 500));
  const subject = await measure('redact() of 2 kB with 2 known secrets', () =>
    redact(text, ['secret-value-0123456789', 'other-secret-9876543210']),
  );
  rows.push(row(subject, baseline));
}

console.log(`fitlink core benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
console.log('| subject | ops/s | baseline (same run) | ops/s | ratio |');
console.log('| --- | ---: | --- | ---: | ---: |');
for (const line of rows) console.log(line);
