// The verdict's words for where the verifying key came from (the token's jku / x5u / x5c / jwk, or a link).
// Its own small file: describe-hardening.ts loads after the first render, and the verdict needs this at once.
import type { KeySource } from '../core/hardening';

/** The verdict's words for a signature checked with such a key. */
export function withKeySource(
  summary: string | undefined,
  source: KeySource | undefined,
): string | undefined {
  return summary && source
    ? `${summary} with a key from ${source === 'link' ? 'the link' : `the token’s ${source}`} (not trusted)`
    : summary;
}
