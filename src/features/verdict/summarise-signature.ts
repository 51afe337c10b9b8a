// SignatureReport → the verdict line's first words.
import type { SignatureReport } from '../../core/jws';
import type { MessagesOf } from '../../i18n/catalogue';
import { verdictWordingMessages } from '../../i18n/en/verdict-wording';

/** Short form for the one-line verdict. */
export function summariseSignature(
  report: SignatureReport,
  t: MessagesOf<typeof verdictWordingMessages> = verdictWordingMessages.get(),
): string | undefined {
  switch (report.state) {
    case 'valid':
      return t.signatureVerified;
    case 'invalid':
      return t.signatureInvalid;
    case 'no-key':
      return t.signatureNoKey;
    case 'key-error':
      return t.keyCannotBeUsed;
    case 'unsecured':
      return t.unsecured;
    case 'unsupported':
      return t.notCheckable({ alg: report.alg ?? t.unknownAlg });
    case 'not-applicable':
      return undefined;
  }
}
