// A JWK's own limits (RFC 7517 §4.2–4.4): its `alg`, `use` and `key_ops` say what it may do. The key is
// imported without them (WebCrypto would refuse a usage), so they are enforced here before the import.

import type { KeyPurpose, ParsedKey } from '../keys/keys';
import { fail, ok, type KeyProblem, type Result } from '../shared/problems';

/** The limits a JWK states, as read from the key box. */
export interface JwkLimits {
  alg?: string;
  use?: string;
  keyOps?: string[];
}

/** Why a JWK may not verify (or sign) with `alg`, or undefined when its stated limits allow it. */
export function jwkForbids(
  limits: JwkLimits,
  alg: string,
  purpose: 'verify' | 'sign',
): KeyProblem | undefined {
  if (limits.alg !== undefined && limits.alg !== alg)
    return { code: 'jwk-forbids', member: 'alg', value: limits.alg, alg };
  if (limits.use !== undefined && limits.use !== 'sig')
    return { code: 'jwk-forbids', member: 'use', value: limits.use, alg };
  if (limits.keyOps !== undefined && !limits.keyOps.includes(purpose))
    return { code: 'jwk-forbids', member: 'key_ops', value: JSON.stringify(limits.keyOps), alg };
  return undefined;
}

/** Drops the selected JWKs whose own alg, use or key_ops forbid `purpose`; when none is left, says why the first was refused. */
export function withinJwkLimits(
  selected: Result<ParsedKey[], KeyProblem>,
  alg: string,
  purpose: KeyPurpose,
): Result<ParsedKey[], KeyProblem> {
  if (!selected.ok) return selected;
  const problems = selected.value.map((k) => jwkForbids(k.description, alg, purpose));
  const allowed = selected.value.filter((_, i) => !problems[i]);
  const [first] = problems;
  return allowed.length === 0 && first ? fail(first) : ok(allowed);
}
