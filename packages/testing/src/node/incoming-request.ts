/// <reference types="node" />
import type { IncomingMessage } from 'node:http';
import { SANDBOX_ORIGIN_HEADER } from './sandbox-origin-header.js';

// Connection-level headers that describe the hop to 127.0.0.1, not the original request.
const HOP_HEADERS: ReadonlySet<string> = new Set([
  'host',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'proxy-connection',
  'upgrade',
  SANDBOX_ORIGIN_HEADER,
]);

function originOf(value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  try {
    return new URL(value).origin;
  } catch {
    return fallback;
  }
}

async function readBody(incoming: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Uint8Array);
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Converts a request that reached the loopback server into the Fetch `Request` the original
 * client meant: the URL is rebuilt from {@link SANDBOX_ORIGIN_HEADER} (else `defaultOrigin`),
 * or taken as is when the request line holds an absolute URL (proxy form).
 */
export async function toFetchRequest(
  incoming: IncomingMessage,
  defaultOrigin: string,
): Promise<Request> {
  const target = incoming.url ?? '/';
  const originHeader = incoming.headers[SANDBOX_ORIGIN_HEADER];
  const origin = originOf(
    Array.isArray(originHeader) ? originHeader[0] : originHeader,
    defaultOrigin,
  );
  const url = /^https?:\/\//i.test(target) ? new URL(target) : new URL(target, origin);

  const headers = new Headers();
  const raw = incoming.rawHeaders;
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const name = raw[index] ?? '';
    if (!HOP_HEADERS.has(name.toLowerCase())) headers.append(name, raw[index + 1] ?? '');
  }
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const body = hasBody ? await readBody(incoming) : undefined;
  return new Request(url, {
    method,
    headers,
    ...(body !== undefined && body.length > 0 ? { body } : {}),
  });
}
