// Security advisor: what an attacker would notice about a token and its key, as findings keyed on stable codes.

import { utf8DecodeLenient } from '../shared/base64url';
import { parseJsonWithin } from '../shared/json';
import type { JsonObject } from '../token/token';
import { isHmacAlg } from './weak-secret';
import { keySourceFindings, tokenShapeFindings } from '../hardening/findings';
import { detectBarePublicKey } from '../hardening/public-key-secret';

import { findSensitiveClaims } from './sensitive-claims';
import {
  makeFinding,
  SEVERITY_ORDER,
  type AdviceInput,
  type Finding,
  type FindingDetail,
  type KidReason,
  type PublicKeyFormat,
} from './findings-table';

export * from './findings-table';
export { isCardNumber } from './sensitive-claims';
const HASH_LENGTH: Record<string, number> = { HS256: 32, HS384: 48, HS512: 64 };
const DAY = 24 * 60 * 60;
// A NumericDate past this (year 5138 in seconds) is almost surely milliseconds (1.7e12 in 2024).
const MILLISECONDS_THRESHOLD = 1e11;

// What reads the whole token (its JSON text for duplicate members, every claim for sensitive data) depends on the
// token alone, but the findings panel asks again every second while claims are judged live (`now` is an input).
// Kept per decoded token and per claims object.
const shapeSeen = new WeakMap<object, FindingDetail[]>();
const claimsSeen = new WeakMap<object, FindingDetail[]>();
function remembered<T extends object>(
  seen: WeakMap<object, FindingDetail[]>,
  key: T,
  find: (key: T) => FindingDetail[],
): FindingDetail[] {
  let details = seen.get(key);
  if (!details) seen.set(key, (details = find(key)));
  return details;
}

/**
 * Lists what an attacker would notice about a decoded token and its key (RFC 8725), most severe first.
 * Pure and synchronous; the weak-secret search runs elsewhere and passes its result in as `weakSecret`.
 */
export function adviseToken(input: AdviceInput): Finding[] {
  const { decoded, now } = input;
  const details: FindingDetail[] = [];
  const header = decoded.header?.value;
  const alg = typeof header?.alg === 'string' ? header.alg : undefined;

  if (header) {
    if (alg?.toLowerCase() === 'none') details.push({ code: 'alg-none' });
    details.push(...checkHeaderKeys(header));
  }
  details.push(...remembered(shapeSeen, decoded, tokenShapeFindings), ...keySourceFindings(input.keySource));

  if (isHmacAlg(alg)) {
    if (input.weakSecret !== undefined) details.push({ code: 'weak-secret', secret: input.weakSecret });
    const keyFormat =
      detectPublicKeyMaterial(input.keyText ?? decodeSecretText(input.secretBytes)) ??
      detectBarePublicKey(input.keyText, input.secretBytes);
    if (keyFormat) {
      details.push({ code: 'alg-confusion', alg, keyFormat });
    } else if (input.secretBytes && input.secretBytes.length < (HASH_LENGTH[alg] ?? 0)) {
      details.push({
        code: 'short-secret',
        alg,
        secretLength: input.secretBytes.length,
        minimumLength: HASH_LENGTH[alg] ?? 0,
      });
    }
  }

  const view = decoded.payload?.view;
  if (decoded.kind !== 'jwe' && view?.type === 'claims') {
    details.push(...checkLifetime(view.claims, now));
    details.push(...remembered(claimsSeen, view.claims, findSensitiveClaims));
  }

  return details.map(makeFinding).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

function decodeSecretText(bytes: Uint8Array | undefined): string | undefined {
  return bytes ? utf8DecodeLenient(bytes.subarray(0, 16384)) : undefined;
}

// ---- header: kid, jku / x5u, jwk ----

function checkHeaderKeys(header: JsonObject): FindingDetail[] {
  const details: FindingDetail[] = [];
  if ('kid' in header) {
    const kid = header.kid;
    const reasons = typeof kid === 'string' ? judgeKid(kid) : (['not-a-string'] as KidReason[]);
    if (reasons.length > 0) {
      details.push({
        code: 'kid-suspicious',
        kid: typeof kid === 'string' ? kid : JSON.stringify(kid),
        reasons,
      });
    }
  }
  for (const parameter of ['jku', 'x5u'] as const) {
    if (parameter in header) {
      const value = header[parameter];
      details.push({
        code: 'header-key-url',
        parameter,
        url: typeof value === 'string' ? value : JSON.stringify(value),
      });
    }
  }
  if ('jwk' in header) {
    const jwk = header.jwk;
    const object = jwk !== null && typeof jwk === 'object' && !Array.isArray(jwk) ? (jwk as JsonObject) : {};
    details.push({
      code: 'embedded-jwk',
      ...(typeof object.kty === 'string' ? { kty: object.kty } : {}),
      hasPrivateKey: 'd' in object || (object.kty === 'oct' && 'k' in object),
    });
  }
  return details;
}

const KID_CHECKS: [KidReason, RegExp][] = [
  ['path-traversal', /(?:^|[\\/])\.\.(?:[\\/]|$)|%2e%2e|\.\.%2f|\.\.%5c/i],
  ['absolute-path', /^(?:\/(?:dev|etc|proc|sys|tmp|var|usr|home|root|bin|opt|srv|run)\/|[a-z]:\\|file:)/i],
  ['quote', /['"`]/],
  [
    'sql',
    /\bunion\s+(?:all\s+)?select\b|\bselect\b.+\bfrom\b|\b(?:or|and)\s+\S+\s*=\s*\S+|\bdrop\s+table\b|\bsleep\s*\(|--\s*$|\/\*|;\s*(?:select|insert|update|delete|drop)\b/i,
  ],
  ['shell', /[|&;<>$]|\$\(|\r|\n/],
  ['url', /^[a-z][a-z0-9+.-]*:\/\/|^\/\//i],
];

function judgeKid(kid: string): KidReason[] {
  const sample = kid.slice(0, 4096);
  const reasons = KID_CHECKS.filter(([, pattern]) => pattern.test(sample)).map(([reason]) => reason);
  if (hasControlCharacter(sample)) reasons.push('control-character');
  return reasons;
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Tab, line feed and carriage return count as shell characters instead.
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return true;
  }
  return false;
}

// ---- key: public-key material used as an HMAC secret ----

/** Names the public-key format of `text`, if it is public-key material rather than a secret. */
export function detectPublicKeyMaterial(text: string | undefined): PublicKeyFormat | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (/-----BEGIN (?:RSA |EC )?PUBLIC KEY-----/.test(trimmed)) return 'pem-public';
  if (/-----BEGIN (?:X509 |TRUSTED )?CERTIFICATE-----/.test(trimmed)) return 'pem-certificate';
  if (/^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+) AAAA/.test(trimmed)) return 'ssh-public';
  if (trimmed.startsWith('{')) {
    // Not JSON (or absurdly deep): an ordinary secret.
    const parsed = parseJsonWithin(trimmed);
    const value = 'value' in parsed ? parsed.value : undefined;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const object = value as JsonObject;
      if (Array.isArray(object.keys)) return 'jwks';
      if (typeof object.kty === 'string' && object.kty !== 'oct') return 'jwk-public';
    }
  }
  return undefined;
}

// ---- time claims ----

function checkLifetime(claims: JsonObject, now: number): FindingDetail[] {
  const details: FindingDetail[] = [];
  const { exp, iat } = claims;
  if (!('exp' in claims)) details.push({ code: 'missing-exp' });
  let millis = false;
  for (const claim of ['exp', 'nbf', 'iat'] as const) {
    const value = claims[claim];
    if (typeof value === 'number' && value > MILLISECONDS_THRESHOLD) {
      details.push({ code: 'exp-in-milliseconds', claim, value });
      millis = true;
    }
  }
  if (!millis && typeof exp === 'number') {
    const fromIat = typeof iat === 'number';
    const lifetimeSeconds = exp - (fromIat ? iat : now);
    if (lifetimeSeconds > DAY)
      details.push({ code: 'long-lifetime', lifetimeSeconds, from: fromIat ? 'iat' : 'now' });
  }
  return details;
}
