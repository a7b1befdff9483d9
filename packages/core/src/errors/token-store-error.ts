import { ErrorCodes } from './codes.js';
import { FitlinkError, type FitlinkErrorOptions } from './fitlink-error.js';

/**
 * A stored token could not be read back: the ciphertext was tampered with or is corrupt, its
 * key id is not configured, or the decrypted value is not a valid `TokenSet`.
 */
export class TokenStoreError extends FitlinkError {
  /**
   * @param message - What failed.
   * @param options - The common options.
   */
  constructor(message: string, options: FitlinkErrorOptions = {}) {
    super(message, { ...options, code: options.code ?? ErrorCodes.tokenStore });
  }
}
