// Words for encrypted tokens: why a JWE could not be decrypted or made, and what each part is.

import type { JwePartName } from '../core/jwe';
import type { JweProblem } from '../core/shared';
import type { MessagesOf } from '../i18n/catalogue';
import { jweWordingMessages } from '../i18n/en/jwe-wording';
import { describeOwned } from './describe-owned';
import { messageName, wordByCode } from './word-by-code';

type Words = MessagesOf<typeof jweWordingMessages>;

/** Names one of the five parts of a compact JWE (RFC 7516 §7.1). */
export function describeJwePart(name: JwePartName, t: Words = jweWordingMessages.get()): string {
  return t[messageName(name, '', 'part')];
}

/**
 * Explains a JWE problem (the codes jwe.ts adds start with `jwe-`); undefined for codes owned by other modules
 * (a key problem passed on from keys.ts is described by describeKeyProblem), so describe-problem.ts can chain it.
 */
export const describeJweProblem = describeOwned<JweProblem, Words>(
  'jwe-',
  jweWordingMessages,
  explainJweProblem,
);

function explainJweProblem(problem: JweProblem, t: Words): string {
  switch (problem.code) {
    case 'jwe-alg-unknown':
      if (problem.alg === 'RSA1_5') return t.rsa15;
      return t.algUnknown({ alg: problem.alg, enc: problem.enc ?? t.noEnc });
    case 'jwe-unsupported-in-browser':
      return problem.feature === 'aes-192'
        ? t.noAes192({ alg: problem.alg, enc: problem.enc })
        : t.noX25519({ alg: problem.alg });
    case 'jwe-key-wrong-type':
      return t.keyWrongType({
        alg: problem.alg,
        expected: t[messageName(problem.expected, '', 'kind')],
        found: problem.found,
      });
    case 'jwe-key-wrong-length':
      return t.keyWrongLength({
        alg: problem.alg,
        enc: problem.enc,
        bytes: problem.expectedBytes,
        bits: problem.expectedBytes * 8,
        actual: problem.actualBytes,
      });
    case 'jwe-no-matching-key':
      return problem.kid !== undefined ? t.noKeyWithKid({ kid: problem.kid }) : t.noFittingKey;
    case 'jwe-key-unfit':
      return problem.detail
        ? t.keyUnfitDetail({ alg: problem.alg, detail: problem.detail })
        : t.keyUnfit({ alg: problem.alg });
    case 'jwe-unexpected-error':
      return t.unexpected({ detail: problem.detail });
    default:
      // not-compact, not-supported, wrong-key, invalid, key-not-private
      return wordByCode(problem, t, 'jwe-');
  }
}
