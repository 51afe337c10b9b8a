// The advisor's finding codes, their data, severities and the rules (RFC sections) they cite.

import type { KeySource } from '../hardening/findings';
import type { BarePublicKeyFormat } from '../hardening/public-key-secret';
import type { Segment } from '../shared/problems';
import type { DecodedToken } from '../token/token';

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

export const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2, info: 3 };

export function makeFinding(detail: FindingDetail): Finding {
  const severity =
    detail.code === 'sensitive-claim' ? SENSITIVE_SEVERITY[detail.kind] : SEVERITY[detail.code];
  return { ...detail, severity, rule: RULES[detail.code] };
}
