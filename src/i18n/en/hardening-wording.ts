// English wording of the header and key rules that stop a verification, and of problems that only follow an async
// signing, export or verification (shared/describe-hardening.ts, loaded after the first render).
import { i18n } from '../i18n';
import { params } from '../params';

export const hardeningWordingMessages = i18n('hardeningWording', {
  critNotAList: 'it must be a list of header parameter names',
  critEmpty: 'it must not be an empty list',
  critNotAString: 'every entry must be a header parameter name (a string)',
  critRegistered: 'it must not list parameters the JWS and JWA specifications define',
  critAbsent: 'every name it lists must be present in the header',
  b64NotBoolean: '"b64" must be true or false',
  b64NotCritical: '"b64" must be listed in "crit" (RFC 7797 §6)',
  cryptoDataError: 'the key data is not valid for this algorithm',
  cryptoNotSupported: 'this browser does not support that key or algorithm',
  cryptoOperationError: 'the browser’s crypto operation failed',
  cryptoInvalidAccess: 'the key may not be used for this operation',
  cryptoUnsupportedAlg: 'this algorithm is not supported',
  opSign: 'sign',
  opVerify: 'verify',
  opImport: 'import',
  opExport: 'export',
  opGenerate: 'generate',
  nameList: params('"{name}"'),
  listSeparator: ', ',
  critUnknown: params(
    'The header marks {names} as critical, an extension this page does not understand, so the token must be rejected (RFC 7515 §4.1.11).',
  ),
  critInvalid: params(
    "The header's {member} is malformed: {reason}. The token must be rejected (RFC 7515 §4.1.11).",
  ),
  critInvalidName: params(
    'The header\'s {member} is malformed ("{name}"): {reason}. The token must be rejected (RFC 7515 §4.1.11).',
  ),
  algMissing:
    'The header has no "alg", so nothing can be verified: a signature means nothing without its algorithm (RFC 7515 §4.1.1).',
  jwkForbidsAlg: params(
    'The JWK says it is only for {value}, but the token uses {alg}: it may not verify this token.',
  ),
  jwkForbidsUse: params('The JWK\'s "use" is "{value}", not "sig": it may not verify signatures.'),
  jwkForbidsOps: params('The JWK\'s "key_ops" are {value}, without "verify": it may not verify signatures.'),
  keyNotPrivate: params('This is a public {keyType} key; signing needs the private key.'),
  rsaSizeUnsupported: params('RSA keys of {bits} bits cannot be generated here; choose 2048, 3072 or 4096.'),
  critExtension: params(
    'The header marks {names} as critical; a recipient that does not understand it must reject the token.',
  ),
  jwsInvalid: params('The token is not a valid JWS: {reason}'),
  kidNotInJwks: params('No key in the JWKS has kid “{kid}”. Its kids are: {kids}.'),
  kidNotInJwksNoKids: params('No key in the JWKS has kid “{kid}”, and none of its keys has a kid.'),
  cryptoFailed: params('Could not {operation} with this key: {reason}.'),
  tokenNotDecoded: 'There is no decoded token to check.',
  tokenIsJwe: 'This is an encrypted token (JWE); it has no signature to check.',
  algNone: 'This token is unsecured (alg "none"): it has no signature, so anyone could have made it.',
  algUnsupported: params('The browser cannot check {alg} signatures.'),
  signatureMismatch: 'The signature does not match: the token was changed or signed with another key.',
  signatureWrongLength: params(
    'The signature is {actual} bytes, but {alg} signatures with this key are {expected} bytes.',
  ),
  secretTooShort: params(
    'The secret is {bytes} bytes; {alg} should use at least {minBytes} (RFC 7518 §3.2).',
  ),
  rsaKeyTooShort: params(
    'This RSA key has only {bits} bits; at least {minBits} are required (RFC 7518 §3.3). Checked anyway.',
  ),
  jwkAlgDiffers: params('The JWK says it is for {jwkAlg}, but the token uses {alg}.'),
  keyUseNotSig: params('The JWK\'s "use" is "{use}", not "sig".'),
});
