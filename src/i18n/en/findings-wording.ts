// English titles and explanations of the security advisor's findings (features/findings/describe-findings.ts and
// hardening-findings.ts). The rule names (RFC section titles) stay as core gives them.
import { i18n } from '../i18n';
import { params } from '../params';

export const findingsWordingMessages = i18n('findingsWording', {
  sensitivePassword: 'a password',
  sensitiveSecret: 'a secret',
  sensitiveApiKey: 'an API key or access key',
  sensitivePrivateKey: 'a private key',
  sensitiveToken: 'a bearer or refresh token',
  sensitiveCardNumber: 'a payment card number',
  sensitiveNationalId: 'a national identity number',
  sensitiveBankAccount: 'a bank account number',
  kidNotAString: 'it is not a string',
  kidPathTraversal: 'it climbs directories with ../',
  kidAbsolutePath: 'it names a file by absolute path',
  kidQuote: 'it contains quotes',
  kidSql: 'it looks like SQL',
  kidShell: 'it contains shell metacharacters',
  kidUrl: 'it is a URL',
  kidControlCharacter: 'it contains control characters',
  reasonsSeparator: ', ',
  reasonsLast: params('{list} and {last}'),
  formatPemPublic: 'a PEM public key',
  formatPemCertificate: 'an X.509 certificate',
  formatJwkPublic: 'a public JWK',
  formatJwks: 'a JWK Set',
  formatSshPublic: 'an SSH public key',
  formatSpkiBase64: 'a public key (base64 SPKI, as Keycloak shows it)',
  formatCertificateBase64: 'an X.509 certificate in base64',
  formatJwkArray: 'a list of JWKs',
  years: params('{count} years'),
  days: params('{count} days'),
  hours: params('{count} hours'),
  segHeader: 'header',
  segPayload: 'payload',
  segSignature: 'signature',
  listSeparator: ', ',
  algNoneTitle: 'Unsecured token (alg: none)',
  algNoneText:
    'The token has no signature, so anyone can change its claims. Reject alg "none" unless the token is protected some other way.',
  weakSecretTitle: params('Signed with a well-known secret: "{secret}"'),
  weakSecretText: params(
    'The signature verifies with "{secret}", a secret from public lists. An attacker can find it in seconds and forge tokens; use a random secret of at least as many bytes as the hash.',
  ),
  shortSecretTitle: params('Secret too short for {alg}'),
  shortSecretText: params(
    'The secret is {length} bytes; {alg} needs at least {minimum} (the hash output size), so it is easier to guess by brute force.',
  ),
  missingExpTitle: 'No expiry (exp)',
  missingExpText: 'Without an exp claim the token stays valid forever if it leaks. Give it an expiry time.',
  longLifetimeTitle: params('Long lifetime: {duration}'),
  longLifetimeFromIat: params(
    'The token is valid for {duration} after it was issued. A leaked token stays useful that long; prefer lifetimes of minutes to hours.',
  ),
  longLifetimeFromNow: params(
    'The token is valid for {duration} from now. A leaked token stays useful that long; prefer lifetimes of minutes to hours.',
  ),
  millisecondsTitle: params('{claim} looks like milliseconds'),
  millisecondsText: params(
    '{claim} is {value}, which as seconds is thousands of years away. NumericDate counts seconds, so this was probably written in milliseconds (Date.now()).',
  ),
  sensitiveTitle: params('Sensitive data in claim {claim}'),
  sensitiveByName: params(
    'The claim {claim} is named like {what}. A JWS payload is only base64url-encoded: anyone holding the token can read it.',
  ),
  sensitiveByValue: params(
    'The claim {claim} holds {what}. A JWS payload is only base64url-encoded: anyone holding the token can read it.',
  ),
  kidTitle: params('Suspicious kid: {kid}'),
  kidText: params(
    'The key ID {kid} looks like an injection attempt: {reasons}. A server that uses kid in a file path, SQL query or shell command can be tricked into using a key the attacker chose.',
  ),
  keyUrlTitle: params('Key URL in the header: {parameter}'),
  keyUrlText: params(
    "The header's {parameter} points to {url}. A verifier that fetches keys from it lets the token choose its own key, and may make requests for an attacker (SSRF). Only use keys from an allowlist.",
  ),
  embeddedJwkTitle: 'Key embedded in the header (jwk)',
  embeddedJwkTitleKty: params('Key embedded in the header (jwk, {kty})'),
  embeddedPrivateText:
    'The header carries its own key, private part included. A verifier that trusts it accepts tokens signed by anyone; verify only with keys you already trust.',
  embeddedPublicText:
    'The header carries its own public key. A verifier that trusts it accepts tokens signed by anyone; verify only with keys you already trust.',
  confusionTitle: params('Public key used as an HMAC secret ({alg})'),
  confusionText: params(
    'The key is {format}, yet the token is {alg}. This is the RS→HS confusion attack: public keys are public, so anyone can make such a signature. Pin the expected algorithm.',
  ),
  // hardening-findings.ts
  duplicateTitle: params('"{where}" appears twice in the {segment}'),
  duplicateText: params(
    'The {segment} gives "{where}" twice: first {first}, then {second}. This page (like JSON.parse) shows the last; other libraries take the first, so two services can read different values from one signed token. Reject tokens with duplicate names.',
  ),
  nonCanonicalTitle: params('Non-canonical base64url ({segments})'),
  nonCanonicalText: params(
    'The last character of the {segments} carries bits that decoding drops, so other spellings of this token decode and verify the same. A replay or revocation list keyed on the token string misses them; key such lists on jti or a hash of the decoded parts.',
  ),
  critTitle: params('Critical extension not understood ({names})'),
  critText: params(
    'The header marks {names} as critical. A recipient that does not understand a critical extension must reject the token, so the signature is not accepted here.',
  ),
  quotedName: params('"{name}"'),
  sourceJku: "the URL in the token's jku header",
  sourceX5u: "the URL in the token's x5u header",
  sourceX5c: "the certificate chain in the token's x5c header",
  sourceJwk: "the key embedded in the token's jwk header",
  sourceLink: 'the link that opened this page',
  untrustedTitleLink: 'Key taken from the link',
  untrustedTitleToken: params('Key taken from the token ({source})'),
  untrustedText: params(
    'The key that checks this signature came from {source}, which whoever made the token controls. A signature checked with it shows only that the token and key belong together, not who made them; verify with a key you already trust.',
  ),
});
