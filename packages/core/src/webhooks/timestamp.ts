import { ErrorCodes, FitlinkError, WebhookVerificationError } from '../errors/index.js';

/** How a numeric webhook timestamp is counted. */
export type TimestampUnit = 'seconds' | 'milliseconds' | 'auto';

/** Options of {@link checkTimestamp}. */
export interface CheckTimestampOptions {
  /**
   * How far the timestamp may be from `now`, in the past or the future.
   * @defaultValue 300
   */
  toleranceSeconds?: number;
  /**
   * The current time (epoch ms or a `Date`), for tests.
   * @defaultValue `Date.now()`
   */
  now?: number | Date;
  /**
   * How numbers (and numeric strings) are counted; `auto` reads values below 10^11 as seconds
   * (10^11 seconds is the year 5138) and larger ones as milliseconds. Strings that are not
   * numeric are parsed as ISO 8601 dates.
   * @defaultValue 'auto'
   */
  unit?: TimestampUnit;
}

const NUMERIC_RE = /^[+-]?\d+(?:\.\d+)?$/;
const AUTO_SECONDS_BELOW = 1e11;

/**
 * Rejects a webhook whose timestamp is missing or further than the tolerance from now, in
 * either direction, so a captured request cannot be replayed later.
 *
 * @param timestamp - The signed timestamp (header or payload field): seconds or milliseconds
 * since the epoch, a numeric string, an ISO 8601 string or a `Date`.
 * @param options - Tolerance, clock and unit.
 * @returns The timestamp as a `Date`.
 * @throws {@link WebhookVerificationError} with reason `missing_timestamp` when the timestamp is
 * missing or unreadable, or `stale_timestamp` when it is outside the tolerance.
 * @throws {@link FitlinkError} with code `invalid_argument` when `toleranceSeconds` is negative.
 *
 * @example
 * ```ts
 * checkTimestamp(request.headers.get('x-signature-timestamp'), { toleranceSeconds: 300, unit: 'seconds' });
 * ```
 */
export function checkTimestamp(
  timestamp: string | number | Date | null | undefined,
  options: CheckTimestampOptions = {},
): Date {
  const { toleranceSeconds = 300, unit = 'auto' } = options;
  if (!Number.isFinite(toleranceSeconds) || toleranceSeconds < 0) {
    throw new FitlinkError('toleranceSeconds must be a finite number of seconds, at least 0', {
      code: ErrorCodes.invalidArgument,
    });
  }
  const now = options.now === undefined ? Date.now() : Number(options.now);
  const time = toEpochMs(timestamp, unit);
  if (time === undefined) {
    throw new WebhookVerificationError('Webhook timestamp is missing or not a valid time', {
      reason: 'missing_timestamp',
    });
  }
  const skewMs = time - now;
  if (Math.abs(skewMs) > toleranceSeconds * 1000) {
    const direction = skewMs < 0 ? 'in the past' : 'in the future';
    throw new WebhookVerificationError(
      `Webhook timestamp is ${Math.round(Math.abs(skewMs) / 1000)} s ${direction}, beyond the tolerance of ${toleranceSeconds} s`,
      { reason: 'stale_timestamp' },
    );
  }
  return new Date(time);
}

/** Reads a timestamp as epoch milliseconds, or `undefined` when it is missing or unreadable. */
function toEpochMs(
  timestamp: string | number | Date | null | undefined,
  unit: TimestampUnit,
): number | undefined {
  if (timestamp === null || timestamp === undefined) return undefined;
  if (timestamp instanceof Date) return finite(timestamp.getTime());
  if (typeof timestamp === 'string') {
    const text = timestamp.trim();
    if (text === '') return undefined;
    if (!NUMERIC_RE.test(text)) return finite(Date.parse(text));
    return fromNumber(Number(text), unit);
  }
  return fromNumber(timestamp, unit);
}

function fromNumber(value: number, unit: TimestampUnit): number | undefined {
  if (!Number.isFinite(value)) return undefined;
  const seconds = unit === 'seconds' || (unit === 'auto' && Math.abs(value) < AUTO_SECONDS_BELOW);
  return seconds ? value * 1000 : value;
}

function finite(value: number): number | undefined {
  return Number.isFinite(value) ? value : undefined;
}
