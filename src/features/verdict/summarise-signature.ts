// SignatureReport → the verdict line's first words.
import type { SignatureReport } from '../../core/jws';

/** Short form for the one-line verdict. */
export function summariseSignature(report: SignatureReport): string | undefined {
  switch (report.state) {
    case 'valid':
      return 'Signature verified';
    case 'invalid':
      return 'Signature invalid';
    case 'no-key':
      return 'Signature not checked (no key)';
    case 'key-error':
      return 'Key cannot be used';
    case 'unsecured':
      return 'Unsecured (alg none)';
    case 'unsupported':
      return `Signature not checkable here (${report.alg ?? 'unknown alg'})`;
    case 'not-applicable':
      return undefined;
  }
}
