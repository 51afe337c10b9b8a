// A compact JWE's protected header and five parts, each with its own problem if broken.

import { decodeBase64url } from '../shared/base64url';
import { fail, ok, type Problem, type Result, type Segment } from '../shared/problems';
import {
  decodeHeaderSegment,
  decodeToken,
  type DecodedHeader,
  type JsonObject,
  type JweJson,
} from '../token/token';

export type JwePartName = 'protected' | 'encrypted-key' | 'iv' | 'ciphertext' | 'tag';

export interface JwePart {
  name: JwePartName;
  raw: string;
  byteLength?: number;
  problem?: Problem;
}

export interface JweParts {
  /** The cleaned compact token. */
  token: string;
  header: DecodedHeader;
  alg?: string;
  enc?: string;
  zip?: string;
  cty?: string;
  kid?: string;
  parts: JwePart[];
  /** A JWE in JSON serialization: its recipients (the parts above are the first recipient's). */
  json?: JweJson;
}

const PART_NAMES: JwePartName[] = ['protected', 'encrypted-key', 'iv', 'ciphertext', 'tag'];
const PART_SEGMENTS: Record<JwePartName, Segment> = {
  protected: 'header',
  'encrypted-key': 'encrypted-key',
  iv: 'iv',
  ciphertext: 'ciphertext',
  tag: 'tag',
};

function describePart(name: JwePartName, raw: string): JwePart {
  const segment = PART_SEGMENTS[name];
  // RFC 7516 §7.1: the encrypted key is empty for dir and ECDH-ES; the ciphertext of an empty plaintext is empty.
  if (raw === '') {
    const mayBeEmpty = name === 'encrypted-key' || name === 'ciphertext';
    return mayBeEmpty
      ? { name, raw, byteLength: 0 }
      : { name, raw, problem: { code: 'segment-empty', segment } };
  }
  try {
    return { name, raw, byteLength: decodeBase64url(raw).length };
  } catch {
    const bad = /[^A-Za-z0-9_-]/.exec(raw);
    const problem: Problem = bad
      ? { code: 'segment-not-base64url', segment, index: bad.index, character: bad[0] }
      : { code: 'segment-bad-length', segment };
    return { name, raw, problem };
  }
}

function readHeaderString(header: JsonObject | undefined, name: string): string | undefined {
  const value = header?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** Splits a compact JWE into its protected header and five parts, each with its own problem if broken. */
export function describeJweParts(token: string): Result<JweParts> {
  const decoded = decodeToken(token);
  if (decoded.tokenProblem) return fail(decoded.tokenProblem);
  if (decoded.parts.length !== 5) return fail({ code: 'jwe-not-compact', count: decoded.parts.length });
  const header = decoded.header ?? decodeHeaderSegment(decoded.parts[0] ?? '', true);
  const parts = PART_NAMES.map((name, i) =>
    name === 'protected'
      ? { name, raw: decoded.parts[0] ?? '', problem: header.problem }
      : describePart(name, decoded.parts[i] ?? ''),
  );
  const value = header.value;
  return ok({
    token: decoded.token,
    header,
    alg: readHeaderString(value, 'alg'),
    enc: readHeaderString(value, 'enc'),
    zip: readHeaderString(value, 'zip'),
    cty: readHeaderString(value, 'cty'),
    kid: readHeaderString(value, 'kid'),
    parts,
    ...(decoded.json?.type === 'jwe' ? { json: decoded.json } : {}),
  });
}
