// The encrypt panel's status sentence.
import type { Problem } from '../../core/shared';
import { describeProblem } from '../../shared/describe-problem';
import { describeJweProblem } from '../../shared/describe-jwe';

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
