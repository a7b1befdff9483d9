import { createHash, randomBytes } from 'node:crypto';

/** A PKCE pair computed independently of the package (node:crypto). */
export function createPkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}
