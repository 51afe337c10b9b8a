// The JWS header rules every verification path applies before any signature is checked (RFC 7515 §4.1.11
// `crit`, RFC 7797 `b64`), so the raw WebCrypto path for short RSA keys is held to the same rules as jose.

import type { Problem } from '../shared/problems';

/** Header parameters RFC 7515 / 7516 / 7518 define: `crit` must not list them (RFC 7515 §4.1.11). */
const REGISTERED = new Set([
  'alg', 'jku', 'jwk', 'kid', 'x5u', 'x5c', 'x5t', 'x5t#S256', 'typ', 'cty', 'crit',
  'enc', 'zip', 'epk', 'apu', 'apv', 'iv', 'tag', 'p2s', 'p2c',
]); // prettier-ignore

/** Extensions this page understands: only RFC 7797's `b64`, which jose implements. */
const UNDERSTOOD = new Set(['b64']);

/** The names in a header's `crit` that this page does not understand (empty when none or not a list). */
export function unknownCritNames(header: Record<string, unknown>): string[] {
  const crit = header.crit;
  if (!Array.isArray(crit)) return [];
  return crit.filter((c): c is string => typeof c === 'string' && !UNDERSTOOD.has(c)).slice(0, 20);
}

/**
 * Why a JWS header must be rejected before its signature is checked, or undefined when it may be checked:
 * a malformed `crit`, a critical extension not understood (`crit-unknown`), a `b64` that is not a boolean.
 */
export function checkJwsHeader(header: Record<string, unknown>): Problem | undefined {
  if (Object.hasOwn(header, 'crit')) {
    const crit = header.crit;
    if (!Array.isArray(crit)) return { code: 'crit-invalid', reason: 'not-a-list' };
    if (crit.length === 0) return { code: 'crit-invalid', reason: 'empty' };
    for (const name of crit) {
      if (typeof name !== 'string') return { code: 'crit-invalid', reason: 'not-a-string' };
      if (REGISTERED.has(name)) return { code: 'crit-invalid', reason: 'registered', name };
      if (!Object.hasOwn(header, name)) return { code: 'crit-invalid', reason: 'absent', name };
    }
    const unknown = unknownCritNames(header);
    if (unknown.length > 0) return { code: 'crit-unknown', names: unknown };
  }
  if (Object.hasOwn(header, 'b64')) {
    if (typeof header.b64 !== 'boolean')
      return { code: 'crit-invalid', reason: 'b64-not-boolean', name: 'b64' };
    // RFC 7797 §6: "b64" MUST be listed in "crit" (else a verifier that ignores it reads another payload).
    if (!Array.isArray(header.crit) || !header.crit.includes('b64'))
      return { code: 'crit-invalid', reason: 'b64-not-critical', name: 'b64' };
  }
  return undefined;
}
