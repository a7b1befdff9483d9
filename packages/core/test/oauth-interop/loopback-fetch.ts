import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { generate } from 'selfsigned';

/** A throwaway certificate for 127.0.0.1 and localhost, made at test time. */
export interface TestCertificate {
  /** The certificate in PEM: served by the test server and trusted by {@link loopbackFetch}. */
  cert: string;
  /** Its private key in PEM. */
  key: string;
}

/** Generates a self-signed P-256 certificate valid for one day for 127.0.0.1 and localhost. */
export async function createTestCertificate(): Promise<TestCertificate> {
  const notBeforeDate = new Date(Date.now() - 60_000);
  const generated = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate: new Date(notBeforeDate.getTime() + 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
  });
  return { cert: generated.cert, key: generated.private };
}

/** One request seen by {@link loopbackFetch}, without any secret value. */
export interface SeenRequest {
  /** The HTTP method. */
  method: string;
  /** The URL without its query. */
  url: string;
  /** The scheme of the `Authorization` header (`Basic` …), when there is one. */
  authScheme: string | undefined;
  /** The names of the form fields sent, for form bodies. */
  formFields: string[];
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost']);

/**
 * A `fetch` that trusts only the given certificate (no global TLS change), refuses any host but
 * 127.0.0.1 and localhost, never follows redirects and records every request in `seen`.
 */
export function loopbackFetch(ca: string, seen: SeenRequest[] = []): typeof fetch {
  return async (input, init) => {
    const outgoing = new Request(input, init);
    const url = new URL(outgoing.url);
    if (!loopbackHosts.has(url.hostname)) throw new TypeError(`refusing to leave loopback: ${url}`);
    const body = outgoing.body ? Buffer.from(await outgoing.arrayBuffer()) : undefined;
    const form = outgoing.headers
      .get('content-type')
      ?.startsWith('application/x-www-form-urlencoded')
      ? [...new URLSearchParams(body?.toString('utf8')).keys()]
      : [];
    seen.push({
      method: outgoing.method,
      url: `${url.origin}${url.pathname}`,
      authScheme: outgoing.headers.get('authorization')?.split(' ')[0],
      formFields: form,
    });
    const incoming = await new Promise<IncomingMessage>((resolve, reject) => {
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const sent = send(
        url,
        {
          method: outgoing.method,
          headers: Object.fromEntries(outgoing.headers),
          ...(url.protocol === 'https:' ? { ca } : {}),
          signal: outgoing.signal,
        },
        resolve,
      );
      sent.on('error', reject);
      sent.end(body);
    });
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (let index = 0; index < incoming.rawHeaders.length; index += 2) {
      headers.append(incoming.rawHeaders[index] ?? '', incoming.rawHeaders[index + 1] ?? '');
    }
    const status = incoming.statusCode ?? 500;
    const empty = status === 204 || status === 304 || outgoing.method === 'HEAD';
    return new Response(empty ? null : Buffer.concat(chunks), {
      status,
      statusText: incoming.statusMessage ?? '',
      headers,
    });
  };
}
