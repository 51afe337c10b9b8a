// Wording for the forge: what each attack tries, what a correct verifier does, and why a forge failed.
import type { AttackId } from '../../core/forge';
import type { ForgeProblem } from '../../core/forge';
import { describeProblem } from '../../shared/describe-problem';
import type { MessagesOf } from '../../i18n/catalogue';
import { forgeWordingMessages } from '../../i18n/en/forge-wording';

export interface AttackWords {
  title: string;
  /** What the forged token is and which mistake it tests. */
  what: string;
  /** What a correct verifier does with it. */
  correct: string;
}

type Words = MessagesOf<typeof forgeWordingMessages>;

const ATTACK_KEYS = {
  'alg-none': 'algNone',
  'hs-with-public-key': 'hsWithPublicKey',
  'embedded-jwk': 'embeddedJwk',
  'empty-secret': 'emptySecret',
  'psychic-signature': 'psychicSignature',
  'kid-injection': 'kidInjection',
  'jku-spoof': 'jkuSpoof',
} as const satisfies Record<AttackId, string>;

/** What one attack tries and what a correct verifier does, in the current language (or the one `t` holds). */
export function attackWords(id: AttackId, t: Words = forgeWordingMessages.get()): AttackWords {
  const key = ATTACK_KEYS[id];
  return {
    title: t[`${key}Title`],
    what: t[`${key}What`],
    correct: t[`${key}Correct`],
  };
}

/** Why the forge made nothing, in words. */
export function describeForgeProblem(problem: ForgeProblem, t: Words = forgeWordingMessages.get()): string {
  switch (problem.code) {
    case 'forge-no-token':
      return t.noToken;
    case 'forge-no-public-key':
      return t.noPublicKey;
    case 'forge-key-not-asymmetric':
      return t.keyNotAsymmetric;
    case 'forge-key-unreadable':
      return t.keyUnreadable({ reason: describeProblem(problem.problem) });
    case 'forge-url-missing':
      return t.urlMissing;
    case 'forge-url-invalid':
      return t.urlInvalid({ url: problem.url });
    case 'forge-crypto-failed':
      return t.cryptoFailed({ reason: describeProblem(problem.problem) });
  }
}
