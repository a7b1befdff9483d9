// RFC 7636 4.1: 43 to 128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~".
const VERIFIER_OR_CHALLENGE = /^[A-Za-z0-9\-._~]{43,128}$/;

/** Whether a `code_verifier` or `code_challenge` has the syntax RFC 7636 4.1 / 4.2 requires. */
export function isPkceValue(value: string): boolean {
  return VERIFIER_OR_CHALLENGE.test(value);
}

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/**
 * The S256 transform: BASE64URL(SHA256(ASCII(code_verifier))), RFC 7636 4.2.
 * @see https://www.rfc-editor.org/rfc/rfc7636#section-4.2
 */
export async function s256Challenge(verifier: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(verifier),
  );
  return base64Url(new Uint8Array(digest));
}
