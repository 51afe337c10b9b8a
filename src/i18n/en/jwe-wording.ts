// English wording of encrypted tokens: why a JWE could not be decrypted or made, what each part is, and the
// decryption and encryption status sentences (features/jwe/describe-jwe.ts, describe-decryption.ts).
import { i18n } from '../i18n';
import { params } from '../params';

export const jweWordingMessages = i18n('jweWording', {
  kindSecret: 'a shared secret (an oct JWK, or raw bytes)',
  kindRsa: 'an RSA key',
  kindEcOrOkp: 'an EC (P-256, P-384, P-521) or X25519 key',
  kindPassword: 'a password',
  partProtected: 'Protected header',
  partEncryptedKey: 'Encrypted key',
  partIv: 'Initialization vector',
  partCiphertext: 'Ciphertext',
  partTag: 'Authentication tag',
  notCompact: params('A compact JWE has five parts separated by dots; this has {count}.'),
  rsa15:
    'RSA1_5 (RSAES-PKCS1-v1_5) is not supported: it is open to padding-oracle attacks and jose does not implement it. Ask the sender to use RSA-OAEP-256.',
  algUnknown: params('"{alg}" with "{enc}" is not a JWE algorithm this debugger knows.'),
  noEnc: '(no enc)',
  noAes192: params(
    'This browser cannot do {alg} with {enc}: its WebCrypto has no 192-bit AES (Chromium leaves it out). The token is not necessarily broken; try Firefox or Safari, or a server-side tool.',
  ),
  noX25519: params(
    'This browser cannot do X25519 key agreement, which {alg} needs for this token. The token is not necessarily broken.',
  ),
  notSupported: params('jose does not support something this token uses: {detail}'),
  wrongKey: 'Decryption failed: this is not the key the token was encrypted for (or the token was altered).',
  invalid: params('The JWE is malformed: {detail}'),
  keyWrongType: params('{alg} needs {expected}, but the key given is {found}.'),
  keyWrongLength: params(
    '{alg} with {enc} needs a key of exactly {bytes} bytes ({bits} bits); this one has {actual}.',
  ),
  keyNotPrivate:
    "This is a public key. Decrypting needs the recipient's private key; a public key can only encrypt.",
  noKeyWithKid: params('The key set has no key with kid "{kid}".'),
  noFittingKey: 'The key set has no key that fits this algorithm.',
  keyUnfit: params('The key cannot be used with {alg}.'),
  keyUnfitDetail: params('The key cannot be used with {alg}: {detail}.'),
  unexpected: params('Unexpected error: {detail}'),
  // describe-decryption.ts
  unknownAlgorithm: 'an unknown algorithm',
  noKeyPassword: params('Encrypted with {algs}: type the password in the key box to decrypt it.'),
  noKey: params(
    "Encrypted with {algs}: paste the recipient's private key (or the shared secret) in the key box to decrypt it.",
  ),
  plaintextNested: 'a signed JWT (nested); paste the key that verifies it below',
  plaintextClaims: 'a claims set, shown in the payload editor and judged in the claims table',
  plaintextBinary: 'binary data, not text',
  plaintextText: 'text that is not a claims set',
  decrypted: params('Decrypted ({algs}): the plaintext is {what}.'),
  decryptedDeflate: params('Decrypted ({algs}, DEFLATE-compressed): the plaintext is {what}.'),
  decryptedForRecipient: params('Decrypted for recipient {n}{kid} ({algs}): the plaintext is {what}.'),
  decryptedForRecipientDeflate: params(
    'Decrypted for recipient {n}{kid} ({algs}, DEFLATE-compressed): the plaintext is {what}.',
  ),
  failed: 'Decryption failed.',
  cannotDecrypt: params('Cannot decrypt: {reason}'),
  browserCannot: params('This browser cannot decrypt {algs}.'),
  nothingNested: 'Nothing to encrypt: nested mode encrypts the signed token in the pane, and there is none.',
  nothingToEncrypt: 'Nothing to encrypt: paste a token or write claims in the payload editor.',
  typePassword: 'Type a password to encrypt with.',
  pasteRecipientKey: "Paste the recipient's key (a public key or a shared secret), or generate one.",
  couldNotEncrypt: 'Could not encrypt.',
  couldNotEncryptReason: params('Could not encrypt: {reason}'),
  encryptedNested: params(
    'Encrypted the signed token (nested, cty "JWT") with {alg} / {enc}. The output changes on every edit because the content key and IV are random.',
  ),
  encryptedClaims: params(
    'Encrypted the claims with {alg} / {enc}. The output changes on every edit because the content key and IV are random.',
  ),
});
