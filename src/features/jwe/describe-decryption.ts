// DecryptionReport → the decryption-status sentence and the verdict line's first words; the encrypt panel's status.
import type { DecryptionReport } from '../../core/jwe/jwe';
import type { Problem } from '../../core/shared/problems';
import { describeProblem } from '../../shared/describe-problem';
import { describeJweProblem } from './describe-jwe';

const recipientKid = (report: DecryptionReport): string => {
  const kid = report.recipients?.find((r) => r.index === report.recipient)?.kid;
  return kid ? ` (kid ${kid})` : '';
};

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
      const recipient =
        report.recipient !== undefined ? ` for recipient ${report.recipient + 1}${recipientKid(report)}` : '';
      return `Decrypted${recipient} (${algs}${zip === 'DEF' ? ', DEFLATE-compressed' : ''}): the plaintext is ${what}.`;
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

/** The encrypt panel's status sentence. */
export function describeEncryption(
  state: 'empty' | 'ok' | 'error',
  problem: Problem | undefined,
  what: { hasPlaintext: boolean; nested: boolean; alg: string; enc: string },
): string {
  if (!what.hasPlaintext) {
    return what.nested
      ? 'Nothing to encrypt: nested mode encrypts the signed token in the pane, and there is none.'
      : 'Nothing to encrypt: paste a token or write claims in the payload editor.';
  }
  if (state === 'empty') {
    return what.alg.startsWith('PBES2')
      ? 'Type a password to encrypt with.'
      : "Paste the recipient's key (a public key or a shared secret), or generate one.";
  }
  if (state === 'error') {
    return problem
      ? `Could not encrypt: ${describeJweProblem(problem) ?? describeProblem(problem)}`
      : 'Could not encrypt.';
  }
  return `Encrypted ${what.nested ? 'the signed token (nested, cty "JWT")' : 'the claims'} with ${what.alg} / ${what.enc}. The output changes on every edit because the content key and IV are random.`;
}
