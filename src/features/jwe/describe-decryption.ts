// DecryptionReport → the decryption-status sentence and the verdict line's first words.
import type { DecryptionReport } from '../../core/jwe';
// DecryptionReport → the decryption-status sentence and the verdict line's first words; the encrypt panel's status.
// `t` is the current language's wording (a component passes `useMessages(jweWordingMessages)`).
import type { MessagesOf } from '../../i18n/catalogue';
import { jweWordingMessages } from '../../i18n/en/jwe-wording';
import { describeProblem } from '../../shared/describe-problem';
import { describeJweProblem } from '../../shared/describe-jwe';

type Words = MessagesOf<typeof jweWordingMessages>;

const recipientKid = (report: DecryptionReport): string => {
  const kid = report.recipients?.find((r) => r.index === report.recipient)?.kid;
  return kid ? ` (kid ${kid})` : '';
};

/** The decryption-status sentence for each state of a DecryptionReport. */
export function describeDecryption(
  report: DecryptionReport,
  zip?: string,
  t: Words = jweWordingMessages.get(),
): string {
  const algs = report.alg ? `${report.alg}${report.enc ? ` / ${report.enc}` : ''}` : t.unknownAlgorithm;
  switch (report.state) {
    case 'no-key':
      return report.alg?.startsWith('PBES2') ? t.noKeyPassword({ algs }) : t.noKey({ algs });
    case 'decrypted': {
      const what = report.nested
        ? t.plaintextNested
        : report.claims
          ? t.plaintextClaims
          : report.binary
            ? t.plaintextBinary
            : t.plaintextText;
      if (report.recipient !== undefined) {
        const recipient = { n: String(report.recipient + 1), kid: recipientKid(report) };
        return zip === 'DEF'
          ? t.decryptedForRecipientDeflate({ algs, what, ...recipient })
          : t.decryptedForRecipient({ algs, what, ...recipient });
      }
      return zip === 'DEF' ? t.decryptedDeflate({ algs, what }) : t.decrypted({ algs, what });
    }
    case 'failed': {
      if (!report.problem) return t.failed;
      const jwe = describeJweProblem(report.problem, t);
      return jwe ?? t.cannotDecrypt({ reason: describeProblem(report.problem) });
    }
    case 'unsupported':
      return report.problem
        ? (describeJweProblem(report.problem, t) ?? describeProblem(report.problem))
        : t.browserCannot({ algs });
  }
}
