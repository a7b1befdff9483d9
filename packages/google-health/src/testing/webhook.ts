/** Signs webhook bodies as Google Health does: ECDSA P-256 / SHA-256, DER, base64. */
export interface GoogleHealthWebhookSigner {
  /** The public key to verify with, as PEM (SPKI), what an app configures. */
  readonly publicKeyPem: string;
  /** The base64 DER signature of a body's bytes. */
  sign(body: string | Uint8Array): Promise<string>;
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

/** An ASN.1 DER `SEQUENCE { INTEGER r, INTEGER s }` from WebCrypto's `r || s`. */
function derOf(raw: Uint8Array): Uint8Array {
  const integer = (half: Uint8Array) => {
    let bytes = half;
    while (bytes.length > 1 && bytes[0] === 0 && ((bytes[1] ?? 0) & 0x80) === 0)
      bytes = bytes.subarray(1);
    if ((bytes[0] ?? 0) & 0x80) bytes = Uint8Array.from([0, ...bytes]);
    return [0x02, bytes.length, ...bytes];
  };
  const body = [...integer(raw.subarray(0, 32)), ...integer(raw.subarray(32))];
  return Uint8Array.from([0x30, body.length, ...body]);
}

/**
 * A fresh P-256 key pair standing in for Google Health's webhook signing key.
 *
 * @example
 * ```ts
 * const signer = await createGoogleHealthWebhookSigner();
 * const signature = await signer.sign('{"dataType":"steps"}');
 * ```
 */
export async function createGoogleHealthWebhookSigner(): Promise<GoogleHealthWebhookSigner> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ]);
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  const lines = toBase64(spki).match(/.{1,64}/g) ?? [];
  return {
    publicKeyPem: `-----BEGIN PUBLIC KEY-----\n${lines.join('\n')}\n-----END PUBLIC KEY-----`,
    async sign(body) {
      const bytes =
        typeof body === 'string' ? new TextEncoder().encode(body) : Uint8Array.from(body);
      const raw = new Uint8Array(
        await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pair.privateKey, bytes),
      );
      return toBase64(derOf(raw));
    },
  };
}

/** Options of {@link createGoogleHealthWebhookRequest}. */
export interface GoogleHealthWebhookRequestOptions {
  /** The subscriber's secret, sent as the whole `Authorization` value; omit to leave it out. */
  secret?: string;
  /** The body (an object is serialized). @defaultValue a `steps` notification for the sandbox user */
  body?: unknown;
  /** Signs the body; omit for an unsigned request. */
  signer?: GoogleHealthWebhookSigner;
  /** The endpoint URL. @defaultValue `https://app.example/webhooks/google-health` */
  url?: string;
}

/**
 * A webhook `Request` as Google Health sends it: `Authorization` with the subscriber secret,
 * the JSON body and, with a signer, `X-HEALTHAPI-SIGNATURE`.
 *
 * @example
 * ```ts
 * const request = await createGoogleHealthWebhookRequest({ secret: 'Bearer s3cret', body: { type: 'verification' } });
 * ```
 */
export async function createGoogleHealthWebhookRequest(
  options: GoogleHealthWebhookRequestOptions = {},
): Promise<Request> {
  const body =
    typeof options.body === 'string'
      ? options.body
      : JSON.stringify(
          options.body ?? {
            healthUserId: '1d4e9c2ab7f04e55',
            dataType: 'steps',
            operation: 'UPSERT',
            interval: { startTime: '2026-11-18T14:00:00Z', endTime: '2026-11-18T15:00:00Z' },
          },
        );
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.secret !== undefined) headers.authorization = options.secret;
  if (options.signer) headers['x-healthapi-signature'] = await options.signer.sign(body);
  return new Request(options.url ?? 'https://app.example/webhooks/google-health', {
    method: 'POST',
    headers,
    body,
  });
}
