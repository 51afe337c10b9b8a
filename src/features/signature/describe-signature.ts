// SignatureReport → the signature-status sentence (the verdict line's words are in features/verdict).
import type { SignatureReport } from '../../core/jws';
import type { KeyInputReading } from '../../core/keys';
import { describeKey } from '../../shared/describe-keys';
import { describeProblem } from '../../shared/describe-problem';

/** The sentence shown in signature-status. */
export function describeSignature(report: SignatureReport, tokenKind: string | undefined): string {
  switch (report.state) {
    case 'valid': {
      const k = report.key;
      const which =
        k?.index !== undefined ? ` with JWKS key ${k.index + 1}${k.kid ? ` (kid ${k.kid})` : ''}` : '';
      const tried = report.triedKeys ? `, after trying ${report.triedKeys} keys without a kid match` : '';
      return `Signature verified${which}${tried}.`;
    }
    case 'invalid':
      return `Invalid signature: ${report.problem ? describeProblem(report.problem) : 'this key does not verify it.'}`;
    case 'no-key':
      return 'Signature not checked: paste the secret or public key it was signed with.';
    case 'key-error':
      return `Key cannot be used: ${report.problem ? describeProblem(report.problem) : 'unknown reason.'}`;
    case 'unsecured':
      return 'Unsecured token (alg "none"): there is no signature, so it is never valid.';
    case 'unsupported':
      return `This browser cannot check ${report.alg ?? 'this'} signatures, so the token is shown but not verified.`;
    case 'not-applicable':
      return tokenKind === 'jwe'
        ? 'Encrypted token: there is no signature on the outside; decrypt it to see what is inside.'
        : 'Nothing to verify yet.';
  }
}

/** The key-status state and sentence for what the key box holds. */
export function describeKeyReading(reading: KeyInputReading): {
  state: 'empty' | 'ok' | 'error';
  text: string;
  hints: string[];
} {
  if (reading.state === 'empty') return { state: 'empty', text: 'No key yet.', hints: [] };
  if (reading.state === 'error') return { state: 'error', text: describeProblem(reading.problem), hints: [] };
  return {
    state: 'ok',
    text: describeKey(reading.value.description),
    hints: reading.value.hints.map((h) => describeProblem(h)),
  };
}

/** Prefixes the nested JWS's signature sentence so it is clear which signature is meant. */
export function describeNestedSignature(sentence: string): string {
  return `Inner signed JWT: ${sentence.replace('paste the secret or public key', 'paste, in the nested key box, the secret or public key')}`;
}
