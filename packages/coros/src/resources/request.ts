import type { CallOptions, HttpClient, QueryValue } from '@fitlink/core';
import type * as z from 'zod/mini';
import { unwrapCorosEnvelope } from '../errors.js';

/**
 * Sends one COROS request and returns the envelope's `data`, or throws the error its `result`
 * code stands for (COROS answers HTTP 200 with an error code for most failures).
 */
export async function corosRequest<T>(
  http: HttpClient,
  request: {
    method?: 'GET' | 'POST';
    path: string;
    query?: Record<string, QueryValue>;
    body?: BodyInit;
    schema: z.ZodMiniType<{ result: string; message?: string | null | undefined; data?: T }>;
    idempotent?: boolean;
  },
  options: CallOptions = {},
): Promise<T | undefined> {
  const method = request.method ?? 'GET';
  const { data } = await http.request({
    method,
    path: request.path,
    ...(request.query ? { query: request.query } : {}),
    ...(request.body !== undefined ? { body: request.body } : {}),
    ...(request.idempotent !== undefined ? { idempotent: request.idempotent } : {}),
    schema: request.schema,
    ...options,
  });
  return unwrapCorosEnvelope(data, `${method} /${request.path}`);
}
