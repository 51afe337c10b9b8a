// Security advisor: what an attacker would notice about a token and its key, as findings keyed on stable codes.

import { utf8DecodeLenient } from '../shared/base64url';
import { parseJsonWithin } from '../shared/json';
import type { DecodedToken, JsonObject } from '../token/token';
import { isHmacAlg } from './weak-secret';
import { keySourceFindings, tokenShapeFindings, type KeySource } from '../hardening/findings';
import { detectBarePublicKey, type BarePublicKeyFormat } from '../hardening/public-key-secret';
import type { Segment } from '../shared/problems';

export type Severity = 'high' | 'medium' | 'low' | 'info';

/** The rule a finding breaks: an RFC section title and its link. */
export interface Rule {
  title: string;
  url: string;
}

/** What kind of sensitive data a claim holds. */
export type SensitiveKind =
  | 'password'
  | 'secret'
  | 'api-key'
  | 'private-key'
  | 'token'
  | 'card-number'
  | 'national-id'
  | 'bank-account';

/** Why a `kid` looks like an injection attempt (RFC 8725 §3.10). */
export type KidReason =
  | 'not-a-string'
  | 'path-traversal'
  | 'absolute-path'
  | 'quote'
  | 'sql'
  | 'shell'
  | 'url'
  | 'control-character';

/** Where public-key material pasted as an HMAC secret came from. */
export type PublicKeyFormat =
  'pem-public' | 'pem-certificate' | 'jwk-public' | 'jwks' | 'ssh-public' | BarePublicKeyFormat;

/** A path into the payload: object keys and array indexes, from the top-level claim down. */
export type ClaimPath = (string | number)[];

/** The data of each finding, keyed on `code` (the codes of the UI contract). */
export type FindingDetail =
  | { code: 'alg-none' }
  | { code: 'weak-secret'; secret: string }
  | { code: 'short-secret'; alg: string; secretLength: number; minimumLength: number }
  | { code: 'missing-exp' }
  | { code: 'long-lifetime'; lifetimeSeconds: number; from: 'iat' | 'now' }
  | { code: 'exp-in-milliseconds'; claim: 'exp' | 'nbf' | 'iat'; value: number }
  | { code: 'sensitive-claim'; path: ClaimPath; kind: SensitiveKind; match: 'name' | 'value' }
  | { code: 'kid-suspicious'; kid: string; reasons: KidReason[] }
  | { code: 'header-key-url'; parameter: 'jku' | 'x5u'; url: string }
  | { code: 'embedded-jwk'; kty?: string; hasPrivateKey: boolean }
  | { code: 'alg-confusion'; alg: string; keyFormat: PublicKeyFormat }
  | {
      code: 'duplicate-member';
      segment: Segment;
      path: string[];
      member: string;
      first: string;
      second: string;
    }
  | { code: 'non-canonical-encoding'; segments: Segment[] }
  | { code: 'crit-unknown'; names: string[] }
  | { code: 'untrusted-key-source'; source: KeySource };

export type FindingCode = FindingDetail['code'];

/** One finding: its data, how bad it is, and the rule it breaks. */
export type Finding = FindingDetail & { severity: Severity; rule: Rule };

export interface AdviceInput {
  decoded: DecodedToken;
  /** The HMAC secret as read with the chosen encoding, if the key is a secret. */
  secretBytes?: Uint8Array;
  /** The key text as pasted, if any. */
  keyText?: string;
  /** A well-known secret that verifies the token, found by the weak-secret search. */
  weakSecret?: string;
  /** The moment to judge lifetimes at, in Unix seconds. */
  now: number;
  /** Where the key in the key box came from, when it was not typed or pasted (discovery, a link). */
  keySource?: KeySource;
}

const RFC8725 = 'https://www.rfc-editor.org/rfc/rfc8725';
const RFC7518 = 'https://www.rfc-editor.org/rfc/rfc7518';
const RFC7519 = 'https://www.rfc-editor.org/rfc/rfc7519';

/** The rule behind each finding code. */
export const RULES: Record<FindingCode, Rule> = {
  'alg-none': { title: 'RFC 8725 §3.2: Use Appropriate Algorithms', url: `${RFC8725}#section-3.2` },
  'weak-secret': {
    title: 'RFC 8725 §3.5: Ensure Cryptographic Keys Have Sufficient Entropy',
    url: `${RFC8725}#section-3.5`,
  },
  'short-secret': { title: 'RFC 7518 §3.2: HMAC with SHA-2 Functions', url: `${RFC7518}#section-3.2` },
  'missing-exp': { title: 'RFC 7519 §4.1.4: "exp" (Expiration Time) Claim', url: `${RFC7519}#section-4.1.4` },
  'long-lifetime': {
    title: 'RFC 7519 §4.1.4: "exp" (Expiration Time) Claim',
    url: `${RFC7519}#section-4.1.4`,
  },
  'exp-in-milliseconds': { title: 'RFC 7519 §2: NumericDate', url: `${RFC7519}#section-2` },
  'sensitive-claim': { title: 'RFC 7519 §12: Privacy Considerations', url: `${RFC7519}#section-12` },
  'kid-suspicious': { title: 'RFC 8725 §3.10: Do Not Trust Received Claims', url: `${RFC8725}#section-3.10` },
  'header-key-url': { title: 'RFC 8725 §3.10: Do Not Trust Received Claims', url: `${RFC8725}#section-3.10` },
  'embedded-jwk': { title: 'RFC 8725 §3.10: Do Not Trust Received Claims', url: `${RFC8725}#section-3.10` },
  'alg-confusion': { title: 'RFC 8725 §3.1: Perform Algorithm Verification', url: `${RFC8725}#section-3.1` },
  'duplicate-member': { title: 'RFC 7519 §4: JWT Claims (duplicate names)', url: `${RFC7519}#section-4` },
  'non-canonical-encoding': {
    title: 'RFC 4648 §3.5: Canonical Encoding',
    url: 'https://www.rfc-editor.org/rfc/rfc4648#section-3.5',
  },
  'crit-unknown': {
    title: 'RFC 7515 §4.1.11: "crit" (Critical) Header Parameter',
    url: 'https://www.rfc-editor.org/rfc/rfc7515#section-4.1.11',
  },
  'untrusted-key-source': {
    title: 'RFC 8725 §3.10: Do Not Trust Received Claims',
    url: `${RFC8725}#section-3.10`,
  },
};

const SEVERITY: Record<Exclude<FindingCode, 'sensitive-claim'>, Severity> = {
  'alg-none': 'high',
  'weak-secret': 'high',
  'alg-confusion': 'high',
  'short-secret': 'medium',
  'missing-exp': 'medium',
  'exp-in-milliseconds': 'medium',
  'kid-suspicious': 'medium',
  'header-key-url': 'medium',
  'embedded-jwk': 'medium',
  'long-lifetime': 'low',
  'duplicate-member': 'high',
  'crit-unknown': 'high',
  'untrusted-key-source': 'high',
  'non-canonical-encoding': 'low',
};

const SENSITIVE_SEVERITY: Record<SensitiveKind, Severity> = {
  password: 'high',
  secret: 'high',
  'api-key': 'high',
  'private-key': 'high',
  'card-number': 'high',
  token: 'medium',
  'national-id': 'medium',
  'bank-account': 'medium',
};

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2, info: 3 };

function makeFinding(detail: FindingDetail): Finding {
  const severity =
    detail.code === 'sensitive-claim' ? SENSITIVE_SEVERITY[detail.kind] : SEVERITY[detail.code];
  return { ...detail, severity, rule: RULES[detail.code] };
}

const HASH_LENGTH: Record<string, number> = { HS256: 32, HS384: 48, HS512: 64 };
const DAY = 24 * 60 * 60;
// A NumericDate past this (year 5138 in seconds) is almost surely milliseconds (1.7e12 in 2024).
const MILLISECONDS_THRESHOLD = 1e11;

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
  details.push(...tokenShapeFindings(decoded), ...keySourceFindings(input.keySource));

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
    details.push(...findSensitiveClaims(view.claims));
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

// ---- sensitive claims ----

const MAX_DEPTH = 16;
const MAX_NODES = 5000;
const MAX_FINDINGS = 50;
const MAX_STRING = 16384;

// Keys whose values are identifiers or hashes by definition: never judged by their value.
const IDENTIFIER_KEYS =
  /^(?:sub|jti|sid|oid|tid|azp|aud|iss|nonce|kid|id|uid|uuid|guid|client_id|.*_(?:id|hash))$/i;

/** Splits a claim name into lower-case words: `clientSecret`, `client_secret`, `client-secret` → client, secret. */
function splitWords(key: string): string[] {
  // No claim name worth judging is longer; a 40,000-character one cost the case-splitting patterns 1.2 s.
  return key
    .slice(0, 256)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

// Trailing words that make a name about a password rather than the password: `password_changed_at`.
const METADATA_WORDS = new Set([
  'at',
  'time',
  'date',
  'changed',
  'updated',
  'set',
  'expires',
  'expiry',
  'expired',
  'age',
  'policy',
  'reset',
  'required',
  'length',
  'strength',
  'less',
  'enabled',
  'verified',
  'type',
  'method',
  'last',
]);

function classifyKey(key: string): SensitiveKind | undefined {
  const words = splitWords(key);
  if (words.length === 0) return undefined;
  const last = words[words.length - 1] ?? '';
  if (METADATA_WORDS.has(last)) return undefined;
  const joined = words.join('');
  const has = (word: string) => words.includes(word);
  // `api_key_id`, `secret_name`, `password_hash`: about a credential, not the credential itself.
  const aboutCredential = ['id', 'ids', 'name', 'hash', 'hint'].includes(last);
  if (!aboutCredential) {
    if (/privatekey|privkey/.test(joined)) return 'private-key';
    if (/password|passwd|passphrase/.test(joined) && !joined.includes('passwordless')) return 'password';
    if (has('pwd') || joined === 'pass' || has('pin')) return 'password';
    if (/apikey|apitoken|accesskey/.test(joined)) return 'api-key';
    if (has('secret') || has('secrets') || /clientsecret|secretkey|apisecret/.test(joined)) return 'secret';
  }
  if (/creditcard|cardnumber|ccnumber|cardno|^pan$|^cvv2?$|^cvc2?$|securitycode/.test(joined))
    return 'card-number';
  if (
    /^(?:ssn|sin|nino|bsn|cpf|aadhaar|aadhar)$|socialsecurity|nationalid|taxid|passportn(?:o|umber)|driverslicen[cs]e|driverlicen[cs]e/.test(
      joined,
    )
  ) {
    return 'national-id';
  }
  if (/^iban$|bankaccount|accountnumber|routingnumber/.test(joined)) return 'bank-account';
  if (/^(?:refreshtoken|accesstoken|sessiontoken|authtoken|bearertoken|idtoken)$/.test(joined))
    return 'token';
  return undefined;
}

const PEM_PRIVATE = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/;
const CREDENTIAL_PATTERNS: [SensitiveKind, RegExp][] = [
  ['private-key', PEM_PRIVATE],
  ['api-key', /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/],
  ['api-key', /\bgh[pousr]_[A-Za-z0-9]{36,}\b/],
  ['api-key', /\bxox[abprs]-[A-Za-z0-9-]{10,}/],
  ['api-key', /\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}/],
  ['api-key', /\bAIza[0-9A-Za-z_-]{35}\b/],
  // A URL with credentials: scheme://user:password@host
  // Bounded quantifiers: unbounded ones retried from every letter took 7.8 s on 1.3 MB of `a.a.a…`.
  ['password', /\b[a-z][a-z0-9+.-]{0,31}:\/\/[^\s:/@]{1,256}:[^\s@/]{1,256}@[^\s]/i],
];
const SSN = /(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/;
const CARD_CANDIDATE = /(?<![\d.-])\d(?:[ -]?\d){12,18}(?![\d.-])/g;

/** Tells whether a 13–19 digit string passes the Luhn check and starts like a card number (2–6). */
export function isCardNumber(digits: string): boolean {
  if (!/^[2-6]\d{12,18}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function looksLikeMillisecondTimestamp(digits: string): boolean {
  // 13 digits from 2001 to 2103 in milliseconds: a timestamp far more often than an old 13-digit card.
  return digits.length === 13 && Number(digits) >= 1e12 && Number(digits) < 4.3e12;
}

function classifyValue(value: string | number): SensitiveKind | undefined {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) return undefined;
    const digits = String(value);
    return isCardNumber(digits) && !looksLikeMillisecondTimestamp(digits) ? 'card-number' : undefined;
  }
  const text = value.length > MAX_STRING ? value.slice(0, MAX_STRING) : value;
  for (const [kind, pattern] of CREDENTIAL_PATTERNS) if (pattern.test(text)) return kind;
  if (SSN.test(text)) return 'national-id';
  let checked = 0;
  for (const match of text.matchAll(CARD_CANDIDATE)) {
    const digits = match[0].replace(/[ -]/g, '');
    if (isCardNumber(digits) && !looksLikeMillisecondTimestamp(digits)) return 'card-number';
    if (++checked >= 100) break;
  }
  return undefined;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === '' || typeof value === 'boolean';
}

/** Walks the claims (bounded in depth and size) for credentials and personal data anyone can read. */
function findSensitiveClaims(claims: JsonObject): FindingDetail[] {
  const details: FindingDetail[] = [];
  let nodes = 0;
  const report = (path: ClaimPath, kind: SensitiveKind, match: 'name' | 'value') =>
    details.push({ code: 'sensitive-claim', path, kind, match });

  const walk = (value: unknown, path: ClaimPath, key: string | undefined, depth: number): void => {
    if (details.length >= MAX_FINDINGS || ++nodes > MAX_NODES) return;
    if (key !== undefined) {
      const kind = classifyKey(key);
      if (kind && !isEmpty(value)) {
        report(path, kind, 'name');
        return;
      }
    }
    if (typeof value === 'string' || typeof value === 'number') {
      if (key !== undefined && IDENTIFIER_KEYS.test(key)) return;
      const kind = classifyValue(value);
      if (kind) report(path, kind, 'value');
      return;
    }
    if (value === null || typeof value !== 'object' || depth >= MAX_DEPTH) return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, index], undefined, depth + 1));
      return;
    }
    const object = value as JsonObject;
    // A private JWK (RFC 7517 §9.2) or a symmetric one: its key material is readable by anyone.
    if (typeof object.kty === 'string' && ('d' in object || (object.kty === 'oct' && 'k' in object))) {
      report(path, object.kty === 'oct' ? 'secret' : 'private-key', 'value');
      return;
    }
    for (const [childKey, child] of Object.entries(object))
      walk(child, [...path, childKey], childKey, depth + 1);
  };

  for (const [key, value] of Object.entries(claims)) walk(value, [key], key, 1);
  return details;
}
