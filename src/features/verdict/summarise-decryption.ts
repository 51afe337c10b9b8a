// The verdict line's words for a JWE: tiny and import-free, since the app shell needs them before any JWE code loads.
import type { DecryptionReport } from '../../core/jwe';
import type { MessagesOf } from '../../i18n/catalogue';
import { verdictWordingMessages } from '../../i18n/en/verdict-wording';

type Words = MessagesOf<typeof verdictWordingMessages>;

const STATE_KEYS = {
  'no-key': 'encryptedNoKey',
  decrypted: 'decrypted',
  failed: 'decryptionFailed',
  unsupported: 'cannotDecrypt',
} as const satisfies Record<DecryptionReport['state'], keyof Words>;

/** The verdict line's first words for a JWE (the nested signature's verdict follows, when there is one). */
export function summariseDecryption(
  report: DecryptionReport,
  t: Words = verdictWordingMessages.get(),
): string {
  return t[STATE_KEYS[report.state]];
}
