import { isExpired, type TokenSet } from '../tokens/token-set.js';

/** The share of a token's lifetime the early-refresh margin may take at most. */
const MAX_MARGIN_SHARE = 0.5;

/**
 * How long before `expiresAt` a token set is refreshed: the configured margin, but never more
 * than half the token's lifetime (`expiresAt - obtainedAt`), so tokens that live less than the
 * margin (30 s tokens with a 60 s margin) are used for half their life instead of being
 * refreshed before every call. Without `obtainedAt` (token sets stored before fitlink recorded
 * it) the lifetime is unknown and the configured margin applies.
 *
 * @param tokens - The token set.
 * @param skewMs - The configured margin, in milliseconds.
 * @returns The margin to apply, in milliseconds.
 * @example
 * ```ts
 * refreshMarginMs({ accessToken: 'a', obtainedAt: 0, expiresAt: 30_000 }, 60_000); // 15000
 * refreshMarginMs({ accessToken: 'a', obtainedAt: 0, expiresAt: 3_600_000 }, 60_000); // 60000
 * ```
 */
export function refreshMarginMs(tokens: TokenSet, skewMs: number): number {
  const { expiresAt, obtainedAt } = tokens;
  if (expiresAt === undefined || obtainedAt === undefined) return skewMs;
  const lifetime = expiresAt - obtainedAt;
  if (!(lifetime > 0)) return skewMs;
  return Math.min(skewMs, Math.floor(lifetime * MAX_MARGIN_SHARE));
}

/**
 * Whether a token set is due for a proactive refresh at `now`: it expires within
 * {@link refreshMarginMs}.
 *
 * @param tokens - The token set.
 * @param now - The current time (epoch ms).
 * @param skewMs - The configured margin, in milliseconds.
 * @example
 * ```ts
 * if (needsRefresh(tokens, clock.now(), 60_000)) await manager.replace(tokens.accessToken);
 * ```
 */
export function needsRefresh(tokens: TokenSet, now: number, skewMs: number): boolean {
  return isExpired(tokens, now, refreshMarginMs(tokens, skewMs));
}
