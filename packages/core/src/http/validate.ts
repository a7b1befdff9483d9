import * as z from 'zod/mini';
import type * as zc from 'zod/v4/core';
import { ValidationError } from '../errors/validation-error.js';
import { schemaAcceptor } from './schema-acceptor.js';

/** What to do when a payload does not match its schema. */
export type ValidationMode = 'strict' | 'warn' | 'off';

/** Options of {@link validatePayload}. */
export interface ValidateOptions {
  /** Provider id, for the error. */
  provider: string;
  /** Method and path, or a label such as `webhook`. */
  endpoint: string;
  /** `strict` throws, `warn` reports through `onWarning` and returns the raw payload, `off` skips. @defaultValue 'strict' */
  mode?: ValidationMode;
  /** Receives the error in `warn` mode. */
  onWarning?: (error: ValidationError) => void;
  /**
   * Values known to be secret (the connection's tokens), kept out of the error's message and
   * issue paths; a function is called only when an error is built.
   */
  secrets?: readonly string[] | (() => readonly string[]);
}

/**
 * Validates a payload against a zod schema and returns the parsed value. A payload that the
 * schema accepts as it is is recognized by a plain test compiled once from the schema
 * ({@link schemaAcceptor}) and returned without a zod pass; anything else goes through zod.
 *
 * @param schema - Any zod 4 schema (classic or mini).
 * @param payload - The decoded payload.
 * @param options - Provider, endpoint and mode.
 * @throws {@link ValidationError} in `strict` mode, listing each issue with its path (payload
 * keys that look like credentials redacted).
 * @example
 * ```ts
 * const profile = validatePayload(profileSchema, payload, { provider: 'strava', endpoint: 'GET /athlete' });
 * ```
 */
export function validatePayload<S extends zc.$ZodType>(
  schema: S,
  payload: unknown,
  options: ValidateOptions,
): zc.output<S> {
  const mode = options.mode ?? 'strict';
  if (mode === 'off') return payload as zc.output<S>;
  // Valid as it is (the common case): zod would accept it and give it back unchanged.
  if (schemaAcceptor(schema)?.(payload)) return payload as zc.output<S>;
  const result = z.safeParse(schema, payload);
  if (result.success) return result.data;
  const error = new ValidationError(
    `Unexpected payload from ${options.provider} ${options.endpoint}`,
    {
      provider: options.provider,
      endpoint: options.endpoint,
      issues: result.error.issues,
      secrets: typeof options.secrets === 'function' ? options.secrets() : (options.secrets ?? []),
    },
  );
  if (mode === 'warn') {
    options.onWarning?.(error);
    return payload as zc.output<S>;
  }
  throw error;
}
