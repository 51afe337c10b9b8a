// Problem → a sentence a person understands, for decoding, key and signature problems. Other wording lives beside
// its feature (features/*/describe-*.ts: JWE, discovery, findings) and in features/verdict (the verdict line).
import type { Problem, Segment } from '../core/shared/problems';
import { describeKeyProblem } from './describe-keys';

const segmentName: Record<Segment, string> = {
  token: 'token',
  header: 'header',
  payload: 'payload',
  signature: 'signature',
  'encrypted-key': 'encrypted key',
  iv: 'initialization vector',
  ciphertext: 'ciphertext',
  tag: 'authentication tag',
};

const JSON_MEMBER_TEXT: Record<
  Extract<Problem, { code: 'json-serialization' }>['reason'],
  (m: string) => string
> = {
  missing: (m) => `its ${m} member is missing`,
  'not-string': (m) => `its ${m} member is not a string`,
  'not-object': (m) => `its ${m} member is not a JSON object`,
  'not-array': (m) => `its ${m} member is not an array`,
  empty: (m) => `its ${m} list is empty`,
  'too-many': (m) => `its ${m} list has more than 100 entries; no real token has that many`,
};

const article = (kind: string) => (/^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`);

/** Describes one decoding problem; other modules' problems are described by their own files in describe/. */
export function describeDecodeProblem(problem: Problem): string | undefined {
  switch (problem.code) {
    case 'empty-token':
      return 'Paste a token to decode it.';
    case 'not-a-token':
      return 'This is not a JWT: a compact token is three base64url parts separated by dots (five for an encrypted JWE).';
    case 'wrong-part-count':
      return `A JWT has 3 parts separated by dots (a JWE has 5); this one has ${problem.count}.`;
    case 'json-serialization':
      return `This looks like a JWS/JWE in ${problem.serialization} JSON serialization, but ${JSON_MEMBER_TEXT[problem.reason](`"${problem.member}"`)}.`;
    case 'segment-empty':
      return `The ${segmentName[problem.segment]} part is empty.`;
    case 'segment-not-base64url':
      return `The ${segmentName[problem.segment]} is not base64url: character ${JSON.stringify(problem.character)} at position ${problem.index + 1} is not allowed (only A–Z, a–z, 0–9, - and _).`;
    case 'segment-bad-length':
      return `The ${segmentName[problem.segment]} has a length no base64url text can have; it is probably truncated.`;
    case 'segment-not-utf8':
      return `The ${segmentName[problem.segment]} decodes to bytes that are not UTF-8 text.`;
    case 'segment-not-json':
      return `The ${segmentName[problem.segment]} decodes to text that is not valid JSON (${problem.detail}).`;
    case 'segment-too-deep':
      return `The ${segmentName[problem.segment]} nests JSON more than ${problem.limit} levels deep; no real token does, so it is shown as text and not read.`;
    case 'segment-not-object':
      return `The ${segmentName[problem.segment]} is JSON but ${article(problem.found)}, not an object.`;
    case 'header-missing-alg':
      return 'The header has no "alg": every JWS and JWE header must name its algorithm (RFC 7515 §4.1.1).';
    case 'header-alg-not-string':
      return 'The header\'s "alg" must be a string.';
    case 'header-missing-enc':
      return 'The JWE header has no "enc": it must name its content encryption (RFC 7516 §4.1.2).';
    case 'unsecured-with-signature':
      return 'The header says alg "none" but the token carries a signature; an unsecured JWT must end with an empty part.';
    case 'payload-detached':
      return 'The payload is detached (RFC 7515 Appendix F): the token carries only the header and signature. Enter the signed payload in the detached payload box to verify it.';
    case 'payload-not-claims':
      if (problem.reason === 'unencoded')
        return 'With "b64": false (RFC 7797) the payload is raw text, not base64url or claims.';
      return problem.reason === 'not-utf8'
        ? 'The payload is binary, not a JSON claims set; it is shown as hex.'
        : 'The payload is text, not a JSON claims set; it is shown as it is.';
    default:
      return undefined;
  }
}

/**
 * Describes decoding, key and signature problems, falling back to its code so a message is never empty.
 * JWE and discovery panels describe their own problems (features/jwe/describe-jwe.ts, features/discovery/describe-discovery.ts) first: they load lazily.
 */
export function describeProblem(problem: Problem): string {
  return describeDecodeProblem(problem) ?? describeKeyProblem(problem) ?? `Problem: ${problem.code}`;
}
