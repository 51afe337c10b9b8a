// Decodes a JWS (RFC 7515 §7.2) or JWE (RFC 7516 §7.2) in flattened or general JSON serialization. Small and
// sync on purpose: it runs on every keystroke in the first chunk; verifying and decrypting load later.

import { parseJsonWithin } from '../shared/json';
import type { Problem } from '../shared/problems';
import { decodeHeaderSegment, decodePayloadSegment, segmentByteLength } from './segments';
import type {
  Cleanup,
  DecodedHeader,
  DecodedPayload,
  DecodedToken,
  JsonObject,
  JweJson,
  JweJsonRecipient,
  JwsJson,
  JwsJsonSignature,
} from './types';

/** More signatures or recipients than this is not a real token: it is refused rather than judged one by one. */
export const MAX_JSON_ENTRIES = 100;

type Serialization = 'flattened' | 'general';
type Reason = Extract<Problem, { code: 'json-serialization' }>['reason'];

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const problemOf = (serialization: Serialization, member: string, reason: Reason): Problem => ({
  code: 'json-serialization',
  serialization,
  member,
  reason,
});

/** Checks an optional member's type; the problem when it is there and of the wrong type. */
function checkMember(
  value: JsonObject,
  member: string,
  type: 'string' | 'object',
  serialization: Serialization,
  required = false,
): Problem | undefined {
  if (!Object.hasOwn(value, member))
    return required ? problemOf(serialization, member, 'missing') : undefined;
  const v = value[member];
  if (type === 'string' && typeof v !== 'string') return problemOf(serialization, member, 'not-string');
  if (type === 'object' && !isObject(v)) return problemOf(serialization, member, 'not-object');
  return undefined;
}

const NO_PROTECTED: DecodedHeader = { raw: '' };

function readProtected(value: JsonObject): DecodedHeader {
  const raw = value.protected;
  return typeof raw === 'string' ? decodeHeaderSegment(raw) : NO_PROTECTED;
}

/** The entries of a general serialization's array member, or a problem. */
function readEntries(value: JsonObject, member: string): JsonObject[] | Problem {
  const list = value[member];
  if (!Array.isArray(list)) return problemOf('general', member, 'not-array');
  if (list.length === 0) return problemOf('general', member, 'empty');
  if (list.length > MAX_JSON_ENTRIES) return problemOf('general', member, 'too-many');
  for (let i = 0; i < list.length; i++) {
    if (!isObject(list[i])) return problemOf('general', `${member}[${i}]`, 'not-object');
  }
  return list as JsonObject[];
}

function readSignature(entry: JsonObject, index: number, serialization: Serialization): JwsJsonSignature {
  const where = serialization === 'general' ? `signatures[${index}].` : '';
  const protectedHeader = readProtected(entry);
  const header = isObject(entry.header) ? entry.header : undefined;
  const signature = typeof entry.signature === 'string' ? entry.signature : '';
  const problem =
    checkMember(entry, 'protected', 'string', serialization) ??
    checkMember(entry, 'header', 'object', serialization) ??
    checkMember(entry, 'signature', 'string', serialization, true) ??
    protectedHeader.problem;
  const renamed =
    problem?.code === 'json-serialization' ? { ...problem, member: where + problem.member } : problem;
  const sig = segmentByteLength(signature, 'signature');
  return {
    index,
    protected: protectedHeader,
    ...(header ? { header } : {}),
    joseHeader: { ...header, ...protectedHeader.value },
    signature,
    ...(sig.length !== undefined ? { signatureLength: sig.length } : {}),
    ...(renamed ? { problem: renamed } : {}),
  };
}

/** RFC 7797: with "b64": false (and crit naming it) the payload is the payload itself, not base64url of it. */
export function isUnencoded(protectedHeader: JsonObject | undefined): boolean {
  const crit = protectedHeader?.crit;
  return protectedHeader?.b64 === false && Array.isArray(crit) && crit.includes('b64');
}

function decodeJwsJson(value: JsonObject, token: string, cleanups: Cleanup[]): DecodedToken {
  const serialization: Serialization = Object.hasOwn(value, 'signatures') ? 'general' : 'flattened';
  const base: DecodedToken = { token, cleanups, parts: [], notes: [] };
  const entries = serialization === 'general' ? readEntries(value, 'signatures') : [value];
  if (!Array.isArray(entries)) return { ...base, tokenProblem: entries };
  const payloadProblem = checkMember(value, 'payload', 'string', serialization);
  if (payloadProblem) return { ...base, tokenProblem: payloadProblem };
  const signatures = entries.map((entry, i) => readSignature(entry, i, serialization));
  const first = signatures[0]!;
  if (first.problem?.code === 'json-serialization') return { ...base, tokenProblem: first.problem };
  const payloadRaw = typeof value.payload === 'string' ? value.payload : undefined;
  const json: JwsJson = { type: 'jws', serialization, payload: payloadRaw, signatures };
  const notes: Problem[] = [];
  const unencoded = isUnencoded(first.protected.value);
  let payload: DecodedPayload;
  if (payloadRaw === undefined) {
    payload = { raw: '' };
    notes.push({ code: 'payload-detached' });
  } else if (unencoded) payload = { raw: payloadRaw, view: { type: 'text', text: payloadRaw } };
  else payload = decodePayloadSegment(payloadRaw);
  if (unencoded) notes.push({ code: 'payload-not-claims', reason: 'unencoded' });
  else if (payload.view?.type === 'text' && !payload.problem)
    notes.push({ code: 'payload-not-claims', reason: 'not-json' });
  else if (payload.view?.type === 'binary') notes.push({ code: 'payload-not-claims', reason: 'not-utf8' });
  // The header shown and judged is the first signature's JOSE header (protected and unprotected together).
  const header: DecodedHeader = { ...first.protected, value: first.joseHeader };
  if (first.problem) header.problem = first.problem;
  else if (!('alg' in first.joseHeader)) notes.push({ code: 'header-missing-alg' });
  else if (typeof first.joseHeader.alg !== 'string') header.problem = { code: 'header-alg-not-string' };
  const kind = first.joseHeader.alg === 'none' ? 'unsecured' : 'jws';
  return {
    token,
    cleanups,
    parts: [first.protected.raw, payloadRaw ?? '', first.signature],
    kind,
    header,
    payload,
    ...(first.signatureLength !== undefined ? { signatureLength: first.signatureLength } : {}),
    notes,
    json,
    ...(payloadRaw === undefined ? { detached: true } : {}),
  };
}

function readRecipient(entry: JsonObject, index: number, shared: JsonObject): JweJsonRecipient {
  const header = isObject(entry.header) ? entry.header : undefined;
  const encryptedKey = typeof entry.encrypted_key === 'string' ? entry.encrypted_key : '';
  return { index, ...(header ? { header } : {}), encryptedKey, joseHeader: { ...header, ...shared } };
}

function decodeJweJson(value: JsonObject, token: string, cleanups: Cleanup[]): DecodedToken {
  const serialization: Serialization = Object.hasOwn(value, 'recipients') ? 'general' : 'flattened';
  const base: DecodedToken = { token, cleanups, parts: [], notes: [] };
  const entries = serialization === 'general' ? readEntries(value, 'recipients') : [value];
  if (!Array.isArray(entries)) return { ...base, tokenProblem: entries };
  const memberProblem =
    checkMember(value, 'protected', 'string', serialization) ??
    checkMember(value, 'unprotected', 'object', serialization) ??
    checkMember(value, 'iv', 'string', serialization) ??
    checkMember(value, 'ciphertext', 'string', serialization, true) ??
    checkMember(value, 'tag', 'string', serialization) ??
    checkMember(value, 'aad', 'string', serialization) ??
    entries
      .map((entry, i) => {
        const p =
          checkMember(entry, 'header', 'object', serialization) ??
          checkMember(entry, 'encrypted_key', 'string', serialization);
        return p?.code === 'json-serialization' && serialization === 'general'
          ? { ...p, member: `recipients[${i}].${p.member}` }
          : p;
      })
      .find((p) => p !== undefined);
  if (memberProblem) return { ...base, tokenProblem: memberProblem };
  const protectedHeader = readProtected(value);
  const unprotected = isObject(value.unprotected) ? value.unprotected : undefined;
  const shared = { ...unprotected, ...protectedHeader.value };
  const recipients = entries.map((entry, i) => readRecipient(entry, i, shared));
  const first = recipients[0]!;
  const str = (member: string) => (typeof value[member] === 'string' ? (value[member] as string) : '');
  const json: JweJson = {
    type: 'jwe',
    serialization,
    protected: protectedHeader,
    ...(unprotected ? { unprotected } : {}),
    recipients,
    iv: str('iv'),
    ciphertext: str('ciphertext'),
    tag: str('tag'),
    ...(typeof value.aad === 'string' ? { aad: value.aad } : {}),
  };
  const header: DecodedHeader = { ...protectedHeader, value: first.joseHeader };
  if (!protectedHeader.problem) {
    const { alg, enc } = first.joseHeader;
    if (alg === undefined) header.problem = { code: 'header-missing-alg' };
    else if (typeof alg !== 'string') header.problem = { code: 'header-alg-not-string' };
    else if (typeof enc !== 'string') header.problem = { code: 'header-missing-enc' };
  }
  return {
    token,
    cleanups,
    parts: [protectedHeader.raw, first.encryptedKey, json.iv, json.ciphertext, json.tag],
    kind: 'jwe',
    header,
    payload: { raw: json.ciphertext, view: { type: 'encrypted' } },
    notes: [],
    json,
  };
}

/** Decodes pasted text that starts with `{`: a JWS or JWE in JSON serialization, else not a token. */
export function decodeJsonSerialization(token: string, cleanups: Cleanup[]): DecodedToken {
  const parsed = parseJsonWithin(token);
  const value = 'value' in parsed ? parsed.value : undefined;
  if (isObject(value)) {
    if (Object.hasOwn(value, 'ciphertext') || Object.hasOwn(value, 'recipients'))
      return decodeJweJson(value, token, cleanups);
    if (Object.hasOwn(value, 'signatures') || Object.hasOwn(value, 'signature'))
      return decodeJwsJson(value, token, cleanups);
  }
  return { token, cleanups, parts: [], notes: [], tokenProblem: { code: 'not-a-token' } };
}
