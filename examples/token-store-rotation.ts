/**
 * Tokens encrypted at rest with key rotation: an `EncryptedTokenStore` (AES-256-GCM via
 * WebCrypto) over a JSON file, then a new key is introduced, every entry is rewritten under it,
 * and the old key is retired. The file never holds a token in clear text.
 *
 * Run: `pnpm example token-store-rotation`.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EncryptedTokenStore, generateTokenKey, type TokenSet } from '@fitlink/core';
import { FileStringStore } from './shared/file-string-store.js';

const dir = await mkdtemp(join(tmpdir(), 'fitlink-tokens-'));
const file = join(dir, 'tokens.json');
try {
  // In an app the keys come from a secret manager or the environment, never from code.
  const key2025 = { id: 'key-2025', key: generateTokenKey() };
  const backend = new FileStringStore(file);
  const store = new EncryptedTokenStore({ backend, keys: [key2025] });

  const tokens = (n: number): TokenSet => ({
    accessToken: `access-${n}-${crypto.randomUUID()}`,
    refreshToken: `refresh-${n}-${crypto.randomUUID()}`,
    tokenType: 'bearer',
    expiresAt: Date.now() + 3_600_000,
    scope: ['activity:read_all'],
  });
  for (const user of ['strava:alice', 'strava:bob', 'whoop:alice']) {
    await store.set(user, tokens(user.length));
  }
  const raw = await readFile(file, 'utf8');
  console.log(`▸ 3 connections stored in ${file}`);
  console.log(
    `  the file holds ciphertext only: ${!raw.includes('access-') && !raw.includes('refresh-')}`,
  );
  console.log(`  each entry names its key: ${JSON.parse(raw)['strava:alice'].slice(0, 12)}…`);

  // Rotation: the new key becomes primary, the old one stays readable until rewritten.
  const key2026 = { id: 'key-2026', key: generateTokenKey() };
  const rotating = new EncryptedTokenStore({
    backend,
    keys: [key2026, key2025],
    primaryKeyId: 'key-2026',
  });
  const rewritten = await rotating.rotate(['strava:alice', 'strava:bob', 'whoop:alice']);
  console.log(`▸ rotated to key-2026: ${rewritten} entries re-encrypted`);

  // After rotation the old key can go: a store with only the new key reads every entry.
  const retired = new EncryptedTokenStore({ backend, keys: [key2026] });
  const alice = await retired.get('strava:alice');
  console.log(
    `  read with key-2026 alone: ${alice?.scope?.join(' ')} (expires ${new Date(alice?.expiresAt ?? 0).toISOString()})`,
  );

  // A store that only knows the retired key cannot read anything any more.
  const stale = new EncryptedTokenStore({ backend, keys: [key2025] });
  const outcome = await stale.get('strava:bob').then(
    () => 'read (unexpected)',
    (error: Error) => `${error.name}: ${error.message}`,
  );
  console.log(`  read with the retired key-2025: ${outcome}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
