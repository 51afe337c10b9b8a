// The verdict line's words for a JWE: tiny and import-free, since the app shell needs them before any JWE code loads.
import type { DecryptionReport } from '../../core/jwe';
import type { MessagesOf } from '../../i18n/catalogue';
import { verdictWordingMessages } from '../../i18n/en/verdict-wording';

/** The verdict line's first words for a JWE (the nested signature's verdict follows, when there is one). */
export function summariseDecryption(
  report: DecryptionReport,
  t: MessagesOf<typeof verdictWordingMessages> = verdictWordingMessages.get(),
): string {
  switch (report.state) {
    case 'no-key':
      return t.encryptedNoKey;
    case 'decrypted':
      return t.decrypted;
    case 'failed':
      return t.decryptionFailed;
    case 'unsupported':
      return t.cannotDecrypt;
  }
}
