// The encrypt panel's status sentence. `t` is the current language's wording (the panel passes
// `useMessages(jweWordingMessages)`).
import type { Problem } from '../../core/shared';
import type { MessagesOf } from '../../i18n/catalogue';
import { jweWordingMessages } from '../../i18n/en/jwe-wording';
import { describeProblem } from '../../shared/describe-problem';
import { describeJweProblem } from '../../shared/describe-jwe';

type Words = MessagesOf<typeof jweWordingMessages>;

/** The encrypt panel's status sentence. */
export function describeEncryption(
  state: 'empty' | 'ok' | 'error',
  problem: Problem | undefined,
  what: { hasPlaintext: boolean; nested: boolean; alg: string; enc: string },
  t: Words = jweWordingMessages.get(),
): string {
  if (!what.hasPlaintext) return what.nested ? t.nothingNested : t.nothingToEncrypt;
  if (state === 'empty') return what.alg.startsWith('PBES2') ? t.typePassword : t.pasteRecipientKey;
  if (state === 'error') {
    return problem
      ? t.couldNotEncryptReason({ reason: describeJweProblem(problem, t) ?? describeProblem(problem) })
      : t.couldNotEncrypt;
  }
  return what.nested
    ? t.encryptedNested({ alg: what.alg, enc: what.enc })
    : t.encryptedClaims({ alg: what.alg, enc: what.enc });
}
