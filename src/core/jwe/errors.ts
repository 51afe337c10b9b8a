// Errors: jose's stable codes and WebCrypto's DOMException names, never class names (minified in production).

import { errors } from 'jose';
import type { JweProblem } from '../shared/problems';
import type { JweAlg } from './registry';

function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}

/** Maps a throw from jose or WebCrypto during decryption or encryption to a state and a problem. */
export function mapJweError(
  error: unknown,
  alg: JweAlg,
): { state: 'failed' | 'unsupported'; problem: JweProblem } {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === errors.JWEDecryptionFailed.code)
    return { state: 'failed', problem: { code: 'jwe-wrong-key' } };
  if (code === errors.JWEInvalid.code)
    return { state: 'failed', problem: { code: 'jwe-invalid', detail: errorDetail(error) } };
  if (code === errors.JOSENotSupported.code) {
    return { state: 'unsupported', problem: { code: 'jwe-not-supported', detail: errorDetail(error) } };
  }
  if (error instanceof DOMException) {
    if (error.name === 'NotSupportedError' || /not supported/i.test(error.message)) {
      return { state: 'unsupported', problem: { code: 'jwe-not-supported', detail: errorDetail(error) } };
    }
    return { state: 'failed', problem: { code: 'jwe-key-unfit', alg, detail: errorDetail(error) } };
  }
  // jose throws TypeError for a key of the wrong type or curve for the alg.
  if (error instanceof TypeError)
    return { state: 'failed', problem: { code: 'jwe-key-unfit', alg, detail: errorDetail(error) } };
  return { state: 'failed', problem: { code: 'jwe-unexpected-error', detail: errorDetail(error) } };
}
