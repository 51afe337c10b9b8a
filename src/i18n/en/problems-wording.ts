// English wording of decoding, key and signature problems, the key-status line and the signature-status sentence
// (shared/describe-problem.ts, shared/describe-keys.ts, features/signature/describe-signature.ts).
import { count } from '@nanostores/i18n';
import { i18n } from '../i18n';
import { params } from '../params';

export const problemsWordingMessages = i18n('problemsWording', {
  // Parts of a token, as they appear inside a sentence.
  segToken: 'token',
  segHeader: 'header',
  segPayload: 'payload',
  segSignature: 'signature',
  segEncryptedKey: 'encrypted key',
  segIv: 'initialization vector',
  segCiphertext: 'ciphertext',
  segTag: 'authentication tag',
  // JSON kinds, as in "is JSON but an array".
  kindArray: 'an array',
  kindString: 'a string',
  kindNumber: 'a number',
  kindBoolean: 'a boolean',
  kindNull: 'a null',
  kindObject: 'an object',
  emptyToken: 'Paste a token to decode it.',
  notAToken:
    'This is not a JWT: a compact token is three base64url parts separated by dots (five for an encrypted JWE).',
  wrongPartCount: params('A JWT has 3 parts separated by dots (a JWE has 5); this one has {count}.'),
  jsonSerializationGeneral: params('This looks like a JWS/JWE in general JSON serialization, but {what}.'),
  jsonSerializationFlattened: params(
    'This looks like a JWS/JWE in flattened JSON serialization, but {what}.',
  ),
  jsonMemberMissing: params('its {member} member is missing'),
  jsonMemberNotString: params('its {member} member is not a string'),
  jsonMemberNotObject: params('its {member} member is not a JSON object'),
  jsonMemberNotArray: params('its {member} member is not an array'),
  jsonMemberEmpty: params('its {member} list is empty'),
  jsonMemberTooMany: params('its {member} list has more than 100 entries; no real token has that many'),
  payloadDetached:
    'The payload is detached (RFC 7515 Appendix F): the token carries only the header and signature. Enter the signed payload in the detached payload box to verify it.',
  segmentEmpty: params('The {segment} part is empty.'),
  segmentNotBase64url: params(
    'The {segment} is not base64url: character {character} at position {position} is not allowed (only A–Z, a–z, 0–9, - and _).',
  ),
  segmentBadLength: params(
    'The {segment} has a length no base64url text can have; it is probably truncated.',
  ),
  segmentNotUtf8: params('The {segment} decodes to bytes that are not UTF-8 text.'),
  segmentNotJson: params('The {segment} decodes to text that is not valid JSON ({detail}).'),
  segmentTooDeep: params(
    'The {segment} nests JSON more than {limit} levels deep; no real token does, so it is shown as text and not read.',
  ),
  segmentNotObject: params('The {segment} is JSON but {found}, not an object.'),
  headerMissingAlg:
    'The header has no "alg": every JWS and JWE header must name its algorithm (RFC 7515 §4.1.1).',
  headerAlgNotString: 'The header\'s "alg" must be a string.',
  headerMissingEnc: 'The JWE header has no "enc": it must name its content encryption (RFC 7516 §4.1.2).',
  unsecuredWithSignature:
    'The header says alg "none" but the token carries a signature; an unsecured JWT must end with an empty part.',
  payloadUnencoded: 'With "b64": false (RFC 7797) the payload is raw text, not base64url or claims.',
  payloadBinary: 'The payload is binary, not a JSON claims set; it is shown as hex.',
  payloadText: 'The payload is text, not a JSON claims set; it is shown as it is.',
  unknownProblem: params('Problem: {code}'),
  // Key problems (shared/describe-keys.ts).
  encodingUtf8: 'UTF-8 text',
  kidValue: params('kid {kid}'),
  // The key-status line (describeKey), e.g. "RSA 2048-bit public key · PKCS#1 PEM · kid abc".
  formatSecret: 'secret',
  formatX509: 'X.509 certificate',
  jwksWith: count({ one: 'JWKS with {count} key', other: 'JWKS with {count} keys' }),
  kids: params('kids {kids}'),
  listSeparator: ', ',
  secretBytes: params('{bytes}-byte secret'),
  bits: params('{bits}-bit'),
  publicKey: 'public key',
  privateKey: 'private key',
  secretKey: 'secret key',
  aKey: 'key',
  jwksKey: params('JWKS key {number}'),
  forAlg: params('for {alg}'),
  certSubject: params('subject {subject}'),
  certIssuer: params('issuer {issuer}'),
  certValid: params('valid {from} to {to}'),
  // The signature-status sentence (features/signature/describe-signature.ts).
  verified: params('Signature verified{which}{tried}.'),
  withJwksKey: params(' with JWKS key {number}'),
  withJwksKeyKid: params(' with JWKS key {number} (kid {kid})'),
  afterTrying: params(', after trying {tried} keys without a kid match'),
  invalid: params('Invalid signature: {reason}'),
  invalidNoReason: 'Invalid signature: this key does not verify it.',
  noKey: 'Signature not checked: paste the secret or public key it was signed with.',
  keyError: params('Key cannot be used: {reason}'),
  keyErrorNoReason: 'Key cannot be used: unknown reason.',
  unsecured: 'Unsecured token (alg "none"): there is no signature, so it is never valid.',
  unsupported: params('This browser cannot check {alg} signatures, so the token is shown but not verified.'),
  unsupportedNoAlg: 'This browser cannot check this signatures, so the token is shown but not verified.',
  encrypted: 'Encrypted token: there is no signature on the outside; decrypt it to see what is inside.',
  nothingToVerify: 'Nothing to verify yet.',
  noKeyYet: 'No key yet.',
  innerSigned: params('Inner signed JWT: {sentence}'),
  innerNoKey:
    'Signature not checked: paste, in the nested key box, the secret or public key it was signed with.',
});
