// DecryptionReport → the decryption-status sentence and the verdict line's first words.
import type { DecryptionReport } from '../../core/jwe';
import { describeProblem } from '../../shared/describe-problem';
import { describeJweProblem } from '../../shared/describe-jwe';

/** The decryption-status sentence for each state of a DecryptionReport. */
export function describeDecryption(report: DecryptionReport, zip?: string): string {
  const algs = report.alg ? `${report.alg}${report.enc ? ` / ${report.enc}` : ''}` : 'an unknown algorithm';
  switch (report.state) {
    case 'no-key':
      return report.alg?.startsWith('PBES2')
        ? `Encrypted with ${algs}: type the password in the key box to decrypt it.`
        : `Encrypted with ${algs}: paste the recipient's private key (or the shared secret) in the key box to decrypt it.`;
    case 'decrypted': {
      const what = report.nested
        ? 'a signed JWT (nested); paste the key that verifies it below'
        : report.claims
          ? 'a claims set, shown in the payload editor and judged in the claims table'
          : report.binary
            ? 'binary data, not text'
            : 'text that is not a claims set';
      return `Decrypted (${algs}${zip === 'DEF' ? ', DEFLATE-compressed' : ''}): the plaintext is ${what}.`;
    }
    case 'failed': {
      if (!report.problem) return 'Decryption failed.';
      const jwe = describeJweProblem(report.problem);
      return jwe ?? `Cannot decrypt: ${describeProblem(report.problem)}`;
    }
    case 'unsupported':
      return report.problem
        ? (describeJweProblem(report.problem) ?? describeProblem(report.problem))
        : `This browser cannot decrypt ${algs}.`;
  }
}
