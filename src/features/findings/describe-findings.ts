// Finding → title and sentence: the only place the advisor's findings are put into words.

import type { ClaimPath, Finding, KidReason, PublicKeyFormat, SensitiveKind } from '../../core/advisor';
import { describeHardeningFinding } from './hardening-findings';

export interface FindingText {
  title: string;
  explanation: string;
}

/** Writes a claim path as `profile.cards[1].number`, quoting names that are not plain identifiers. */
export function formatClaimPath(path: ClaimPath): string {
  return path
    .map((segment, i) => {
      if (typeof segment === 'number') return `[${segment}]`;
      if (/^[A-Za-z_$][\w$]*$/.test(segment)) return i === 0 ? segment : `.${segment}`;
      return `[${JSON.stringify(segment)}]`;
    })
    .join('');
}

const SENSITIVE_NAMES: Record<SensitiveKind, string> = {
  password: 'a password',
  secret: 'a secret',
  'api-key': 'an API key or access key',
  'private-key': 'a private key',
  token: 'a bearer or refresh token',
  'card-number': 'a payment card number',
  'national-id': 'a national identity number',
  'bank-account': 'a bank account number',
};

const KID_REASONS: Record<KidReason, string> = {
  'not-a-string': 'it is not a string',
  'path-traversal': 'it climbs directories with ../',
  'absolute-path': 'it names a file by absolute path',
  quote: 'it contains quotes',
  sql: 'it looks like SQL',
  shell: 'it contains shell metacharacters',
  url: 'it is a URL',
  'control-character': 'it contains control characters',
};

const KEY_FORMATS: Record<PublicKeyFormat, string> = {
  'pem-public': 'a PEM public key',
  'pem-certificate': 'an X.509 certificate',
  'jwk-public': 'a public JWK',
  jwks: 'a JWK Set',
  'ssh-public': 'an SSH public key',
  'spki-base64': 'a public key (base64 SPKI, as Keycloak shows it)',
  'certificate-base64': 'an X.509 certificate in base64',
  'jwk-array': 'a list of JWKs',
};

function formatDuration(seconds: number): string {
  const days = seconds / 86400;
  if (days >= 365) return `${(days / 365).toFixed(days >= 3650 ? 0 : 1)} years`;
  if (days >= 2) return `${Math.round(days)} days`;
  return `${Math.round(seconds / 3600)} hours`;
}

function listReasons(reasons: string[]): string {
  if (reasons.length <= 1) return reasons.join('');
  return `${reasons.slice(0, -1).join(', ')} and ${reasons[reasons.length - 1]}`;
}

/** Puts one finding into words, naming the claim, secret, kid or URL it concerns. */
export function describeFinding(finding: Finding): FindingText {
  switch (finding.code) {
    case 'alg-none':
      return {
        title: 'Unsecured token (alg: none)',
        explanation:
          'The token has no signature, so anyone can change its claims. Reject alg "none" unless the token is protected some other way.',
      };
    case 'weak-secret':
      return {
        title: `Signed with a well-known secret: "${finding.secret}"`,
        explanation: `The signature verifies with "${finding.secret}", a secret from public lists. An attacker can find it in seconds and forge tokens; use a random secret of at least as many bytes as the hash.`,
      };
    case 'short-secret':
      return {
        title: `Secret too short for ${finding.alg}`,
        explanation: `The secret is ${finding.secretLength} bytes; ${finding.alg} needs at least ${finding.minimumLength} (the hash output size), so it is easier to guess by brute force.`,
      };
    case 'missing-exp':
      return {
        title: 'No expiry (exp)',
        explanation:
          'Without an exp claim the token stays valid forever if it leaks. Give it an expiry time.',
      };
    case 'long-lifetime':
      return {
        title: `Long lifetime: ${formatDuration(finding.lifetimeSeconds)}`,
        explanation: `The token is valid for ${formatDuration(finding.lifetimeSeconds)} ${
          finding.from === 'iat' ? 'after it was issued' : 'from now'
        }. A leaked token stays useful that long; prefer lifetimes of minutes to hours.`,
      };
    case 'exp-in-milliseconds':
      return {
        title: `${finding.claim} looks like milliseconds`,
        explanation: `${finding.claim} is ${finding.value}, which as seconds is thousands of years away. NumericDate counts seconds, so this was probably written in milliseconds (Date.now()).`,
      };
    case 'sensitive-claim': {
      const claim = formatClaimPath(finding.path);
      const what = SENSITIVE_NAMES[finding.kind];
      return {
        title: `Sensitive data in claim ${claim}`,
        explanation: `${
          finding.match === 'name'
            ? `The claim ${claim} is named like ${what}`
            : `The claim ${claim} holds ${what}`
        }. A JWS payload is only base64url-encoded: anyone holding the token can read it.`,
      };
    }
    case 'kid-suspicious':
      return {
        title: `Suspicious kid: ${JSON.stringify(finding.kid)}`,
        explanation: `The key ID ${JSON.stringify(finding.kid)} looks like an injection attempt: ${listReasons(
          finding.reasons.map((r) => KID_REASONS[r]),
        )}. A server that uses kid in a file path, SQL query or shell command can be tricked into using a key the attacker chose.`,
      };
    case 'header-key-url':
      return {
        title: `Key URL in the header: ${finding.parameter}`,
        explanation: `The header's ${finding.parameter} points to ${finding.url}. A verifier that fetches keys from it lets the token choose its own key, and may make requests for an attacker (SSRF). Only use keys from an allowlist.`,
      };
    case 'embedded-jwk':
      return {
        title: `Key embedded in the header (jwk${finding.kty ? `, ${finding.kty}` : ''})`,
        explanation: `The header carries its own ${finding.hasPrivateKey ? 'key, private part included' : 'public key'}. A verifier that trusts it accepts tokens signed by anyone; verify only with keys you already trust.`,
      };
    case 'alg-confusion':
      return {
        title: `Public key used as an HMAC secret (${finding.alg})`,
        explanation: `The key is ${KEY_FORMATS[finding.keyFormat]}, yet the token is ${finding.alg}. This is the RS→HS confusion attack: public keys are public, so anyone can make such a signature. Pin the expected algorithm.`,
      };
    default:
      return describeHardeningFinding(finding);
  }
}
