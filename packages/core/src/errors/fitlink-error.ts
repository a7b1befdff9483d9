import { type ErrorCode, ErrorCodes } from './codes.js';
import { REDACTED, redact, redactValue } from './redact.js';

const MARKER = Symbol.for('fitlink.error');

/** Options shared by every fitlink error constructor. */
export interface FitlinkErrorOptions {
  /** Machine-readable code; each class has a default. */
  code?: ErrorCode;
  /** The underlying failure. Non-fitlink causes are copied as `{ name, message }` with secrets removed. */
  cause?: unknown;
  /** Provider id (`strava`, `whoop` …) the failure concerns. */
  provider?: string;
  /** Values known to be secret in this context; they are removed from the message and cause. */
  secrets?: readonly string[];
}

/** A JSON-safe view of a fitlink error, as returned by `toJSON()`. */
export interface FitlinkErrorJson {
  /** The error class name. */
  name: string;
  /** The machine-readable code. */
  code: ErrorCode;
  /** The redacted message. */
  message: string;
  /** The provider id, when known. */
  provider?: string;
  /** The redacted cause, when there is one. */
  cause?: unknown;
  [key: string]: unknown;
}

/**
 * The root of every error fitlink throws. Messages, `cause` chains and `toJSON()` never hold
 * an access token, refresh token, client secret, password or cookie: they are redacted when the
 * error is built.
 *
 * `instanceof` works across duplicated installs of `@fitlink/core` through a `Symbol.for` marker.
 *
 * @example
 * ```ts
 * try { await client.activities.get('1'); }
 * catch (error) { if (error instanceof FitlinkError) console.error(error.code, error.message); }
 * ```
 */
export class FitlinkError extends Error {
  /** Machine-readable code from {@link ErrorCodes}. */
  readonly code: ErrorCode;
  /** Provider id the failure concerns, when known. */
  readonly provider: string | undefined;
  /** @internal The class names of this error's chain, for cross-install `instanceof`. */
  declare readonly [MARKER]: readonly string[];

  /**
   * @param message - What went wrong; secrets in it are redacted.
   * @param options - Code, cause, provider and known secrets.
   */
  constructor(message: string, options: FitlinkErrorOptions = {}) {
    const secrets = options.secrets ?? [];
    super(redact(message, secrets));
    this.name = new.target.name;
    this.code = options.code ?? ErrorCodes.internal;
    this.provider = options.provider;
    if (options.cause !== undefined) {
      Object.defineProperty(this, 'cause', {
        value: sanitizeCause(options.cause, secrets),
        enumerable: false,
        writable: true,
        configurable: true,
      });
    }
    const names: string[] = [];
    for (let ctor: unknown = new.target; typeof ctor === 'function' && ctor !== Error; ) {
      names.push((ctor as { name: string }).name);
      ctor = Object.getPrototypeOf(ctor);
    }
    Object.defineProperty(this, MARKER, { value: names, enumerable: false });
  }

  /** Recognises fitlink errors (and subclasses) even when thrown by another copy of the package. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // `this` is the class on the right of `instanceof` (a subclass included), as intended.
    // biome-ignore lint/complexity/noThisInStatic: see above
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    if (typeof value !== 'object' || value === null) return false;
    const names = (value as { [MARKER]?: unknown })[MARKER];
    // biome-ignore lint/complexity/noThisInStatic: the class asked about, as above
    return Array.isArray(names) && names.includes(this.name);
  }

  /** A JSON-safe, redacted view: name, code, message, provider, and the fields of the subclass. */
  toJSON(): FitlinkErrorJson {
    const json: FitlinkErrorJson = { name: this.name, code: this.code, message: this.message };
    if (this.provider !== undefined) json.provider = this.provider;
    for (const [key, value] of Object.entries(this)) {
      if (key === 'code' || key === 'provider' || value === undefined) continue;
      json[key] = redactValue(value);
    }
    const cause = (this as { cause?: unknown }).cause;
    if (cause !== undefined) {
      json.cause =
        cause instanceof FitlinkError
          ? cause.toJSON()
          : { name: (cause as Error).name, message: (cause as Error).message };
    }
    return json;
  }
}

// What a parser quotes of the text it choked on (V8: `Unexpected token 'a', "{"a": at_live_9f"...
// is not valid JSON`): a piece of a body, possibly a credential's prefix that no redaction can
// match. Everything from the first quote to the last goes, inner quotes included.
const QUOTED_RE = /["'`][\s\S]*["'`](?:\.\.\.)?/;

/**
 * Keeps fitlink causes (already redacted) and copies any other error as a redacted plain Error:
 * name and message only, nested causes and stack dropped. A `SyntaxError` (a parser's) loses
 * everything quoted in its message, which quotes the input it failed on.
 */
function sanitizeCause(cause: unknown, secrets: readonly string[]): unknown {
  if (cause instanceof FitlinkError) return cause;
  const name = cause instanceof Error ? cause.name : 'Error';
  const raw = cause instanceof Error ? cause.message : String(cause);
  const message = name === 'SyntaxError' ? raw.replace(QUOTED_RE, REDACTED) : raw;
  const copy = new Error(redact(message, secrets));
  copy.name = name;
  copy.stack = `${copy.name}: ${copy.message}`;
  return copy;
}
