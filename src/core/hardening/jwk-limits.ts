// A JWK's own limits (RFC 7517 §4.2–4.4): its `alg`, `use` and `key_ops` say what it may do. The key is
// imported without them (WebCrypto would refuse a usage), so they are enforced here before the import.

import type { KeyProblem } from '../problems';

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

/** The `key_ops` of a JWK object when it is a list of strings (anything else is not a stated limit). */
export function readKeyOps(jwk: Record<string, unknown>): string[] | undefined {
  const ops = jwk.key_ops;
  return Array.isArray(ops) ? ops.filter((o): o is string => typeof o === 'string') : undefined;
}
