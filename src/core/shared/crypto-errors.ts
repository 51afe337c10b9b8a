// Where a jose or WebCrypto throw while importing, verifying, signing, exporting or generating becomes a Problem (by
// err.code / instanceof / DOMException name). Throws while encrypting or decrypting are mapped by jwe.ts's mapJweError.

import { errors } from 'jose';
import type { CryptoOperation, Problem } from './problems';

/**
 * Maps anything jose or WebCrypto threw to a Problem with a non-empty reason. jose classes are matched by
 * `instanceof` and their stable `code`, never by `name`: the production minifier mangles class names.
 */
export function problemFromCryptoError(err: unknown, operation: CryptoOperation): Problem {
  if (err instanceof errors.JOSEError) {
    switch (err.code) {
      case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
        return { code: 'signature-mismatch' };
      case 'ERR_JWS_INVALID':
        return { code: 'jws-invalid', reason: err.message || err.code };
      case 'ERR_JWK_INVALID':
        return { code: 'jwk-unreadable', reason: 'bad-member', detail: err.message || err.code };
      default:
        return { code: 'crypto-operation-failed', operation, reason: err.code };
    }
  }
  // WebCrypto rejects with a DOMException whose message is often empty in Chromium; its name is not.
  if (typeof DOMException !== 'undefined' && err instanceof DOMException) {
    return { code: 'crypto-operation-failed', operation, reason: err.name || 'DOMException' };
  }
  if (err instanceof TypeError)
    return { code: 'crypto-operation-failed', operation, reason: 'invalid-key-data' };
  if (err instanceof RangeError)
    return { code: 'crypto-operation-failed', operation, reason: 'out-of-range' };
  return { code: 'crypto-operation-failed', operation, reason: 'unknown' };
}
