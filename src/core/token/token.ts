// Split, clean and decode pasted JWS / JWE tokens part by part (sync, never throws): the token area's public API
// and the decoder itself; the parts it uses live beside it.

import type { Problem } from '../shared/problems';
import { cleanTokenInput } from './clean';
import { decodeJsonSerialization } from './decode-json';
import { decodeHeaderSegment, decodePayloadSegment, segmentByteLength } from './segments';
import type { Cleanup, DecodedPayload, DecodedToken, TokenKind } from './types';

/** Decodes a pasted token part by part; a broken part never hides the others. Never throws. Not cached: see memo.ts. */
export function decodeToken(input: string): DecodedToken {
  const { token, cleanups } = cleanTokenInput(input);
  const base: DecodedToken = { token, cleanups, parts: [], notes: [] };
  if (token === '') return { ...base, tokenProblem: { code: 'empty-token' } };
  if (token.startsWith('{')) return decodeJsonSerialization(token, cleanups);
  // SD-JWT (RFC 9901 §4): the issuer-signed JWT ends at the first `~`; the disclosures and key binding JWT
  // after it are read by core/sd-jwt, which the app loads only when one appears.
  const tilde = token.indexOf('~');
  if (tilde > 0) {
    const issuer = decodeCompact(token.slice(0, tilde), cleanups);
    if (issuer.parts.length === 3) return { ...issuer, sdJwt: { text: token } };
  }
  return decodeCompact(token, cleanups);
}

function decodeCompact(token: string, cleanups: Cleanup[]): DecodedToken {
  const base: DecodedToken = { token, cleanups, parts: [], notes: [] };
  const parts = token.split('.');
  base.parts = parts;
  if (parts.length === 1) return { ...base, tokenProblem: { code: 'not-a-token' } };
  if (parts.length !== 3 && parts.length !== 5) {
    return { ...base, tokenProblem: { code: 'wrong-part-count', count: parts.length } };
  }
  if (parts.length === 5) {
    const header = decodeHeaderSegment(parts[0] ?? '', true);
    return { ...base, kind: 'jwe', header, payload: { raw: parts[3] ?? '', view: { type: 'encrypted' } } };
  }
  const [h = '', p = '', s = ''] = parts;
  const header = decodeHeaderSegment(h);
  // RFC 7515 Appendix F: `header..signature` signs a payload sent apart from the token.
  if (p === '' && s !== '') return decodeDetached(token, cleanups, parts, header);
  // RFC 7797: with "b64": false the payload segment is the payload itself, not base64url of it.
  const crit = header.value?.crit;
  const unencoded = header.value?.b64 === false && Array.isArray(crit) && crit.includes('b64');
  const payload: DecodedPayload = unencoded
    ? { raw: p, view: { type: 'text', text: p } }
    : decodePayloadSegment(p);
  const notes: Problem[] = [];
  if (unencoded) notes.push({ code: 'payload-not-claims', reason: 'unencoded' });
  const alg = header.value?.alg;
  const kind: TokenKind = alg === 'none' ? 'unsecured' : 'jws';
  if (kind === 'unsecured' && s !== '') notes.push({ code: 'unsecured-with-signature' });
  if (header.value && !header.problem && !('alg' in header.value)) notes.push({ code: 'header-missing-alg' });
  let signatureLength: number | undefined;
  if (s !== '') {
    const sig = segmentByteLength(s, 'signature');
    if (sig.problem) notes.push(sig.problem);
    else signatureLength = sig.length;
  }
  if (payload.view?.type === 'text' && !payload.problem && !unencoded)
    notes.push({ code: 'payload-not-claims', reason: 'not-json' });
  if (payload.view?.type === 'binary') notes.push({ code: 'payload-not-claims', reason: 'not-utf8' });
  // Spelled out, not spread from `base`: the spread of a reshaped object cost as much as the decoding itself.
  return { token, cleanups, parts, kind, header, payload, signatureLength, notes };
}

export type * from './types';
export { cleanTokenInput } from './clean';
export { decodeHeaderSegment, decodePayloadSegment } from './segments';
export { isUnencoded, MAX_JSON_ENTRIES } from './decode-json';
export { createTokenDecoder, type TokenDecoder } from './memo';
export { encodeJsonSegment, formatJson } from './format';

/** The first problem in reading order: token, then header, then payload. */
export function firstProblem(
  decoded: DecodedToken,
): { part: 'token' | 'header' | 'payload'; problem: Problem } | undefined {
  if (decoded.tokenProblem) return { part: 'token', problem: decoded.tokenProblem };
  if (decoded.header?.problem) return { part: 'header', problem: decoded.header.problem };
  if (decoded.payload?.problem) return { part: 'payload', problem: decoded.payload.problem };
  return undefined;
}

function decodeDetached(
  token: string,
  cleanups: Cleanup[],
  parts: string[],
  header: DecodedToken['header'],
): DecodedToken {
  const notes: Problem[] = [{ code: 'payload-detached' }];
  const sig = segmentByteLength(parts[2] ?? '', 'signature');
  if (sig.problem) notes.push(sig.problem);
  const kind: TokenKind = header?.value?.alg === 'none' ? 'unsecured' : 'jws';
  return {
    token,
    cleanups,
    parts,
    kind,
    header,
    payload: { raw: '' },
    ...(sig.length !== undefined ? { signatureLength: sig.length } : {}),
    notes,
    detached: true,
  };
}
export { attachDetachedPayload } from './attach';
export type { Reencoded, ReencodeRefusal } from './reencode';
