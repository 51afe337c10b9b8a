// Findings about how a token is written and where its key came from: duplicate members, non-canonical
// base64url, critical extensions not understood, and keys taken from the token or its URLs.

import type { FindingDetail } from '../advisor/advisor';
import type { DecodedToken } from '../token/token';
import type { Segment } from '../shared/problems';
import { findDuplicateMembers } from '../shared/json-duplicates';
import { unknownCritNames } from './jws-header';

/** Where the verifying key came from, when not typed or pasted by the user. */
export type KeySource = 'jku' | 'x5u' | 'x5c' | 'jwk' | 'link';

const SEXTET = (c: number): number => {
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 71;
  if (c >= 48 && c <= 57) return c + 4;
  return c === 45 ? 62 : c === 95 ? 63 : -1;
};

/**
 * True when a base64url segment's last character carries bits its length does not use (RFC 4648 §3.5): the
 * same bytes then have several spellings, and a list of tokens seen before misses the others.
 */
export function isNonCanonicalBase64url(segment: string): boolean {
  const rest = segment.length % 4;
  if (rest !== 2 && rest !== 3) return false;
  const last = SEXTET(segment.charCodeAt(segment.length - 1));
  if (last < 0) return false;
  return (last & (rest === 2 ? 0x0f : 0x03)) !== 0;
}

/** The duplicate-member, non-canonical-encoding and crit-unknown findings of a decoded compact token. */
export function tokenShapeFindings(decoded: DecodedToken): FindingDetail[] {
  const details: FindingDetail[] = [];
  const header = decoded.header;
  const texts: [Segment, string | undefined][] = [
    ['header', header?.value ? header.text : undefined],
    ['payload', decoded.payload?.view?.type === 'claims' ? decoded.payload.view.text : undefined],
  ];
  for (const [segment, text] of texts) {
    if (text === undefined) continue;
    for (const d of findDuplicateMembers(text)) details.push({ code: 'duplicate-member', segment, ...d });
  }
  const names: Segment[] =
    decoded.kind === 'jwe'
      ? ['header', 'encrypted-key', 'iv', 'ciphertext', 'tag']
      : ['header', 'payload', 'signature'];
  const unencoded = header?.value?.b64 === false;
  const segments = names.filter(
    (name, i) => !(unencoded && name === 'payload') && isNonCanonicalBase64url(decoded.parts[i] ?? ''),
  );
  if (segments.length > 0) details.push({ code: 'non-canonical-encoding', segments });
  if (header?.value) {
    const unknown = unknownCritNames(header.value);
    if (unknown.length > 0) details.push({ code: 'crit-unknown', names: unknown });
  }
  return details;
}

/** The untrusted-key-source finding when the key in the key box came from the token, its URLs or a link. */
export function keySourceFindings(source: KeySource | undefined): FindingDetail[] {
  return source ? [{ code: 'untrusted-key-source', source }] : [];
}
