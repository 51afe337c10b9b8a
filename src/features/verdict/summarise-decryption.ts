// The verdict line's words for a JWE: tiny and import-free, since the app shell needs them before any JWE code loads.
import type { DecryptionReport } from '../../core/jwe';

/** The verdict line's first words for a JWE (the nested signature's verdict follows, when there is one). */
export function summariseDecryption(report: DecryptionReport): string {
  switch (report.state) {
    case 'no-key':
      return 'Encrypted (no key to decrypt it)';
    case 'decrypted':
      return 'Decrypted';
    case 'failed':
      return 'Decryption failed';
    case 'unsupported':
      return 'Cannot decrypt in this browser';
  }
}
