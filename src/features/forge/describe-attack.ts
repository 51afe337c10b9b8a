// Wording for the forge: what each attack tries, what a correct verifier does, and why a forge failed.
import type { AttackId } from '../../core/forge';
import type { ForgeProblem } from '../../core/forge';
import { describeProblem } from '../../shared/describe-problem';
import type { MessagesOf } from '../../i18n/catalogue';
import { forgeWordingMessages } from '../../i18n/en/forge-wording';
import { messageName, wordByCode } from '../../shared/word-by-code';

export interface AttackWords {
  title: string;
  /** What the forged token is and which mistake it tests. */
  what: string;
  /** What a correct verifier does with it. */
  correct: string;
}

type Words = MessagesOf<typeof forgeWordingMessages>;

/** What one attack tries and what a correct verifier does, in the current language (or the one `t` holds). */
export function attackWords(id: AttackId, t: Words = forgeWordingMessages.get()): AttackWords {
  const key = messageName(id);
  return {
    title: t[`${key}Title`],
    what: t[`${key}What`],
    correct: t[`${key}Correct`],
  };
}

/** Why the forge made nothing, in words. */
export function describeForgeProblem(problem: ForgeProblem, t: Words = forgeWordingMessages.get()): string {
  switch (problem.code) {
    case 'forge-key-unreadable':
      return t.keyUnreadable({ reason: describeProblem(problem.problem) });
    case 'forge-crypto-failed':
      return t.cryptoFailed({ reason: describeProblem(problem.problem) });
    default:
      // no-token, no-public-key, key-not-asymmetric, url-missing, url-invalid
      return wordByCode(problem, t, 'forge-');
  }
}
