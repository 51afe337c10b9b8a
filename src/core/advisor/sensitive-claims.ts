// Sensitive claims: names and values that look like passwords, keys, card or ID numbers, walked within bounds.

import type { JsonObject } from '../token/token';
import type { ClaimPath, FindingDetail, SensitiveKind } from './findings-table';

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
  return (
    key
      .slice(0, 256)
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      // eslint-disable-next-line regexp/no-super-linear-move -- bounded: the name is cut to 256 characters above
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
  );
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
export function findSensitiveClaims(claims: JsonObject): FindingDetail[] {
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
