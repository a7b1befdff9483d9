import * as z from 'zod/mini';

/** The result code of a successful COROS answer. */
export const COROS_SUCCESS_RESULT = '0000';

/**
 * The envelope of every COROS answer: `result` is `"0000"` on success and an error code
 * otherwise (with HTTP 200 either way), `message` a short text, `data` the payload.
 *
 * @param data - The schema of `data` on success.
 * @see https://support.coros.com/hc/en-us/articles/17085887816340-Submit-an-API-Application
 */
export function corosEnvelopeSchema<T extends z.ZodMiniType>(data: T) {
  return z.looseObject({
    /** `"0000"` on success, else COROS' error code (`5006`, `30009` …). */
    result: z.union([z.string(), z.pipe(z.number(), z.transform(String))]),
    /** Short description (`"OK"`, or what went wrong). */
    message: z.nullish(z.string()),
    /** The payload: present on success. */
    data: z.optional(data),
  });
}

/** The envelope with any payload, as the error mapping reads it. */
export const corosAnyEnvelopeSchema = corosEnvelopeSchema(z.unknown());

/** A COROS envelope with an unread payload. */
export type CorosEnvelope = z.output<typeof corosAnyEnvelopeSchema>;
