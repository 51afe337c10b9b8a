// Reads a JWK or a JWKS: checks each key's members and describes it (kty, size, curve, kid, alg, use).

import type { JWK } from 'jose';
import type { KeyType } from '../jws/algorithms';
import { decodeBase64url } from '../shared/base64url';
import { parseJsonWithin } from '../shared/json';
import { fail, ok, type KeyProblem, type Problem, type Result } from '../shared/problems';
import { readKeyOps } from '../hardening/read-key-ops';
import type { KeyDescription, ParsedKey } from './key-types';

type JsonObject = Record<string, unknown>;
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

const REQUIRED_MEMBERS: Record<string, string[]> = {
  oct: ['k'],
  RSA: ['n', 'e'],
  EC: ['crv', 'x', 'y'],
  OKP: ['crv', 'x'],
  // RFC 9964: an Algorithm Key Pair names its algorithm; `priv` is ML-DSA's 32-byte seed.
  AKP: ['alg', 'pub'],
};
const BINARY_MEMBERS = ['k', 'n', 'e', 'x', 'y', 'd', 'p', 'q', 'dp', 'dq', 'qi', 'pub', 'priv'];

export function readJson(
  text: string,
): Result<{ key?: ParsedKey; jwks?: ParsedKey[]; hints: Problem[] }, KeyProblem> {
  const parsed = parseJsonWithin(text);
  if (!('value' in parsed)) {
    return fail({
      code: 'jwk-unreadable',
      reason: 'not-json',
      detail: 'error' in parsed ? parsed.error : `nested more than ${parsed.tooDeep} levels deep`,
    });
  }
  const value = parsed.value;
  if (!isObject(value)) return fail({ code: 'jwk-unreadable', reason: 'not-object' });
  if (Array.isArray(value.keys)) return readJwks(value.keys);
  const key = readJwk(value);
  return key.ok ? ok({ key: key.value, hints: [] }) : key;
}

function readJwks(entries: unknown[]): Result<{ jwks: ParsedKey[]; hints: Problem[] }, KeyProblem> {
  if (entries.length === 0) return fail({ code: 'jwks-empty' });
  const keys: ParsedKey[] = [];
  const hints: Problem[] = [];
  let firstProblem: KeyProblem | undefined;
  entries.forEach((entry, index) => {
    const key = isObject(entry)
      ? readJwk(entry)
      : fail<KeyProblem>({ code: 'jwk-unreadable', reason: 'not-object' });
    if (key.ok) {
      key.value.description.index = index;
      keys.push(key.value);
    } else {
      firstProblem ??= key.problem;
      hints.push({ code: 'jwks-entry-skipped', index, reason: key.problem.code });
    }
  });
  if (keys.length === 0 && firstProblem) return fail(firstProblem);
  return ok({ jwks: keys, hints });
}

function bitLength(b64url: string): number {
  const bytes = decodeBase64url(b64url);
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  if (i === bytes.length) return 0;
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i] ?? 0));
}

function readJwk(jwk: JsonObject): Result<ParsedKey, KeyProblem> {
  const { kty } = jwk;
  if (kty === undefined) return fail({ code: 'jwk-unreadable', reason: 'missing-kty' });
  // Own properties only: `__proto__`, `constructor` or `toString` are in every object's prototype chain.
  if (typeof kty !== 'string' || !Object.hasOwn(REQUIRED_MEMBERS, kty)) {
    return fail({ code: 'jwk-unreadable', reason: 'unknown-kty', kty: String(kty) });
  }
  for (const member of REQUIRED_MEMBERS[kty] ?? []) {
    if (jwk[member] === undefined)
      return fail({ code: 'jwk-unreadable', reason: 'missing-member', member, kty });
  }
  for (const member of BINARY_MEMBERS) {
    const v = jwk[member];
    if (v === undefined) continue;
    if (typeof v !== 'string') return fail({ code: 'jwk-unreadable', reason: 'bad-member', member, kty });
    try {
      decodeBase64url(v);
    } catch {
      return fail({ code: 'jwk-unreadable', reason: 'bad-member', member, kty });
    }
  }
  if ('crv' in jwk && typeof jwk.crv !== 'string') {
    return fail({ code: 'jwk-unreadable', reason: 'bad-member', member: 'crv', kty });
  }
  const d: KeyDescription = {
    format: 'jwk',
    kty: kty as KeyType,
    visibility:
      kty === 'oct'
        ? 'secret'
        : typeof jwk.d === 'string' || typeof jwk.priv === 'string'
          ? 'private'
          : 'public',
  };
  if (kty === 'RSA') d.bits = bitLength(jwk.n as string);
  if (kty === 'oct') {
    const bytes = decodeBase64url(jwk.k as string);
    if (bytes.length === 0) return fail({ code: 'empty-secret' });
    d.bits = bytes.length * 8;
  }
  if (typeof jwk.crv === 'string') d.curve = jwk.crv;
  // An AKP key's parameter set is its alg (ML-DSA-65), kept as its curve so key choice checks it.
  if (kty === 'AKP' && typeof jwk.alg === 'string') d.curve = jwk.alg;
  if (typeof jwk.kid === 'string') d.kid = jwk.kid;
  if (typeof jwk.alg === 'string') d.alg = jwk.alg;
  if (typeof jwk.use === 'string') d.use = jwk.use;
  const keyOps = readKeyOps(jwk);
  if (keyOps) d.keyOps = keyOps;
  return ok({ description: d, material: { type: 'jwk', jwk: jwk as JWK } });
}
