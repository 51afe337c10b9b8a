// The verdict's words for where the verifying key came from (the token's jku / x5u / x5c / jwk, or a link).
// Its own small file: describe-hardening.ts loads after the first render, and the verdict needs this at once.
import type { KeySource } from '../core/hardening';
import type { MessagesOf } from '../i18n/catalogue';
import { verdictWordingMessages } from '../i18n/en/verdict-wording';

/** The verdict's words for a signature checked with such a key. */
export function withKeySource(
  summary: string | undefined,
  source: KeySource | undefined,
  t: MessagesOf<typeof verdictWordingMessages> = verdictWordingMessages.get(),
): string | undefined {
  if (!summary || !source) return summary;
  return source === 'link' ? t.withLinkKey({ summary }) : t.withTokenKey({ summary, source });
}
