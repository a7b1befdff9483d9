import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Loads `.env` from the repository root (where `pnpm demo` / `pnpm example` was typed) into
 * `process.env`, without overriding variables already set. `FITLINK_OFFLINE=1` skips it, so
 * tests never pick up a developer's real credentials.
 */
export function loadDotEnv(): void {
  if (process.env.FITLINK_OFFLINE === '1') return;
  const file = join(process.env.INIT_CWD ?? process.cwd(), '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}
