// English wording of SD-JWT problems, key binding verdicts and SD-JWT VC types (features/sd-jwt/describe-sd-jwt.ts).
import { i18n } from '../i18n';
import { params } from '../params';

export const sdJwtWordingMessages = i18n('sdJwtWording', {
  malformedEmpty: 'is empty (two tildes in a row)',
  malformedNotBase64url: 'is not base64url',
  malformedNotUtf8: 'does not decode to UTF-8 text',
  malformedNotJson: 'is not JSON',
  malformedNotArray: 'is not a JSON array',
  malformedWrongLength: 'is not an array of 2 (salt, value) or 3 (salt, name, value) elements',
  malformedSaltNotString: 'has a salt that is not a string',
  malformedNameNotString: 'has a claim name that is not a string',
  malformedUnknown: 'cannot be read',
  disclosureMalformed: params('Disclosure {number} {reason}: the SD-JWT must be rejected (RFC 9901 §7.1).'),
  reservedName: params(
    'Disclosure {number} uses the reserved claim name "{name}": the SD-JWT must be rejected (RFC 9901 §7.1, 3.3.2.2).',
  ),
  unreferenced: params(
    'Disclosure {number} is not referenced by any digest in the issuer-signed JWT or in another disclosure: the SD-JWT must be rejected (RFC 9901 §7.1, step 5).',
  ),
  repeated: params(
    'Disclosure {number} is the same as disclosure {first} (same digest): the SD-JWT must be rejected (RFC 9901 §7.1, step 4).',
  ),
  digestRepeated: params(
    'The digest {digest} appears {count} times (at {paths}): the SD-JWT must be rejected (RFC 9901 §7.1, step 4).',
  ),
  listSeparator: ', ',
  claimExists: params(
    'Disclosure {number} discloses "{name}", but {path} is already in the payload: the SD-JWT must be rejected (RFC 9901 §7.1, 3.3.2.3).',
  ),
  wrongKindArray: params(
    "Disclosure {number} has a claim name but its digest sits in an array element ({shape}) at {path}: an array element's disclosure has only salt and value (RFC 9901 §7.1, 3.3.3.1).",
  ),
  wrongKindObject: params(
    "Disclosure {number} has no claim name but its digest sits in {path}: an object property's disclosure has salt, name and value (RFC 9901 §7.1, 3.3.2.1).",
  ),
  algUnsupported: params(
    '_sd_alg "{alg}" is not a hash this page knows (sha-256, sha-384, sha-512): no disclosure can be checked, and the SD-JWT must be rejected (RFC 9901 §7.1, 2.4).',
  ),
  algNotString: '_sd_alg must be a string naming a hash algorithm (RFC 9901 §4.1.1).',
  noTrailingTilde:
    'The SD-JWT does not end with "~", and its last part is not a key binding JWT: it is read as a disclosure whose tilde was lost (RFC 9901 §4).',
  pathSyntax: params(
    '“{path}” is not a claim path: write names joined by dots, array elements as [0] (address.street_address, nationalities[0]).',
  ),
  pathNotFound: params('There is no {path} in the payload to make selectively disclosable.'),
  pathReserved: params('{path} is reserved by SD-JWT (_sd, ..., _sd_alg) and cannot be made disclosable.'),
  holderKeyUnusable:
    'The holder key must be a private EC (P-256/384/521), Ed25519 or RSA key, as a PEM or JWK: its public half goes into cnf and it signs the key binding JWT.',
  issuerKeyNeeded: 'Put the issuer’s private key (or secret) in the key box: it signs the issuer JWT.',
  makeFailed: params(
    'The SD-JWT could not be made ({code}); check that the key box’s key fits the header’s alg.',
  ),
  checkTyp: 'typ is kb+jwt',
  checkSdHash: 'sd_hash covers the issuer JWT and the presented disclosures',
  checkIat: 'iat is not in the future',
  checkAud: 'aud is the expected audience',
  checkNonce: 'nonce is the expected nonce',
  absentValue: 'absent',
  checkOk: params('✓ {check} ({found})'),
  skippedAud: params('· {check} is {found}: not judged (no expected audience set)'),
  skippedNonce: params('· {check} is {found}: not judged (no expected nonce set)'),
  checkFailed: params('✗ {check}: found {found}'),
  checkFailedExpected: params('✗ {check}: found {found}, expected {expected}'),
  kbAbsent: 'No key binding JWT: anyone holding this SD-JWT can present it (RFC 9901 §4.3).',
  kbBadCnf: 'The issuer JWT’s cnf.jwk cannot be used to check the key binding JWT’s signature.',
  kbNoCnf:
    'The issuer JWT has no cnf.jwk: there is no holder key to check the key binding JWT with (RFC 9901 §4.1.2).',
  kbNotAJwt: 'The key binding JWT is not a readable JWT.',
  kbAlgNone:
    'The key binding JWT is unsigned (alg none): it must be signed by the holder key (RFC 9901 §4.3).',
  kbBadSignature: 'The key binding JWT’s signature does not verify with the holder key in cnf.jwk.',
  kbMismatch: 'The key binding JWT is signed by the holder key, but:',
  kbValid: 'The key binding JWT is signed by the holder key in cnf.jwk and bound to this presentation.',
  typDc:
    'typ dc+sd-jwt: an SD-JWT VC (a digital credential as EU identity wallets and OpenID4VP present it); vct names its type.',
  typVc:
    'typ vc+sd-jwt: the older media type of SD-JWT VC, renamed dc+sd-jwt in later drafts; verifiers may accept both during the transition.',
  typSdJwt: 'typ sd-jwt: a plain SD-JWT (RFC 9901 §9.11 explicit typing).',
  typExample: 'typ example+sd-jwt: the type RFC 9901’s own examples use.',
  typAbsent:
    'No typ in the header: RFC 9901 §9.11 recommends explicit typing so an SD-JWT cannot be taken for another kind of JWT.',
  typOther: params('typ {typ}: not an SD-JWT media type this page knows.'),
});
