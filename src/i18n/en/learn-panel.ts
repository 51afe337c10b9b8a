// English messages of the "how this token is built" panel: the parts, the signing input, and what each alg does.
// Every `{name}` placeholder (a value, a link or a code span) is filled by rich() (src/i18n/rich.tsx), so a
// translation places each where its grammar wants it.
import { i18n } from '../i18n';

export const learnPanelMessages = i18n('learnPanel', {
  title: 'How this token is built',
  compareForge:
    'What differs between two tokens: {compare}. The classic forged tokens a verifier must reject (alg none, algorithm confusion, embedded jwk, empty secret, psychic signature, kid and jku tricks), each with its rule: {forge}. Both are explained in the README.',
  compare: 'Compare',
  forge: 'Forge attack tokens',
  threeParts:
    'A signed JWT (JWS compact serialization) is three base64url parts joined by dots: {formula} ({rfc}). Paste one, or pick an example, to see each step.',
  header: 'Header',
  headerStep: ': the exact JSON bytes below, UTF-8, then base64url without padding ({rfc}).',
  payload: 'Payload',
  payloadStep: ': the claims set, encoded the same way ({rfc}).',
  signingInput: 'Signing input',
  signingInputStep: ': {formula}, exactly as it is in the token ({rfc}).',
  copySigningInput: 'Copy signing input',
  signature: 'Signature',
  signatureBytes: ' ({count} bytes)',
  moreCharacters: ' … {count} more characters … ',
  jweIntro:
    'An encrypted JWT (JWE compact serialization) has five base64url parts ({rfc}). The content is encrypted with a fresh key and IV; the protected header, as it appears in the token, is the additional authenticated data ({aad}), so it cannot be changed without breaking the tag.',
  jweProtectedHeader: 'protected header',
  jweEncryptedKey: 'encrypted key',
  jweIv: 'initialization vector',
  jweCiphertext: 'ciphertext',
  jweTag: 'authentication tag',
  characters: ' ({count} characters)',
  algNone:
    ': no signature at all; the third part is empty, and anyone can write such a token. Never accept it ({rfc}).',
  algUnknown: ' is not an algorithm this browser can check. The registered algorithms are listed in {rfc}.',
  hmacName: 'HMAC-{hash}',
  hmac: ': a keyed hash of the signing input with the shared secret; the signature is the {bytes}-byte MAC. Whoever can verify it can also make one, so the secret must stay secret and be at least {bytes} bytes of randomness ({rfc}, {rfc2104}).',
  rsaName: 'RSASSA-PKCS1-v1_5 with {hash}',
  rsa: ': the {hash} digest of the signing input is padded (EMSA-PKCS1-v1_5) and signed with the RSA private key; the signature is as long as the modulus (256 bytes for a 2048-bit key). Anyone with the public key can verify it ({rfc}, {rfc8017}).',
  pssName: 'RSASSA-PSS with {hash}',
  pss: ', MGF1 with {hash} and a {bytes}-byte random salt: like PKCS#1 v1.5 but with randomised, provably secure padding, so signing the same input twice gives different signatures ({rfc}, {rfc8017}).',
  ecdsaName: 'ECDSA on {curve} with {hash}',
  ecdsa:
    ': the signature is the pair (r, s), written as two {size}-byte big-endian integers one after the other, {rs}, {total} bytes in all. That is not the DER encoding most crypto libraries produce, a common cause of “invalid signature” ({rfc}). Each signature uses a fresh random nonce.',
  es256k:
    ' ES256K is this on the secp256k1 curve of Bitcoin and many DID issuers ({rfc}); it does not require the “low-S” form, so both s and n−s verify here.',
  mlDsa:
    ' (ML-DSA, FIPS 204, derived from CRYSTALS-Dilithium): a post-quantum signature over the signing input itself, with the empty context, checked with the public key ({rfc}). Its key type is {akp}, whose {alg} names the parameter set; its keys and signatures are far larger than elliptic-curve ones. This page uses WebCrypto where the browser has ML-DSA, else the audited @noble/post-quantum, loaded only when needed.',
  ed448:
    ' (EdDSA on Curve448): a deterministic 114-byte signature over the signing input itself, with SHAKE256 inside the algorithm, checked with the 57-byte public key ({rfc}; the alg may be written {eddsa} or, per RFC 9864, {ed448}). Neither WebCrypto nor jose has it: this page checks it with the audited @noble/curves, loaded only when needed.',
  ed25519:
    ' (EdDSA): a deterministic 64-byte signature over the signing input itself, with SHA-512 inside the algorithm, made with the private key and checked with the 32-byte public key ({rfc}, {rfc8032}).',
  keyType: 'Key type',
  publicKey: 'Public key',
  privateKey: 'Private key',
  factsSignature: 'Signature',
  hmacKeyType: 'oct (one shared secret)',
  hmacPublicKey: 'none: the verifier holds the same secret',
  hmacPrivateKey: 'a secret of at least {bytes} bytes',
  bytes: '{bytes} bytes',
  rsaPublicKey: 'modulus n of 2048 bits (256 bytes) or more, and exponent e',
  rsaPrivateKey: 'd and the CRT values, each about as long as the modulus',
  rsaSignature: 'as long as the modulus: 256 bytes for a 2048-bit key',
  ecPublicKey: 'a point (x, y): {size} + {size} bytes ({spki} bytes uncompressed in SPKI)',
  ecPrivateKey: 'd, {size} bytes',
  ecSignature: '{bytes} bytes (r‖s)',
  okpPublicKey: 'x, {size} bytes',
  okpPrivateKey: 'd, {size} bytes',
  akpPublicKey: 'pub, {size} bytes',
  akpPrivateKey: 'priv, the 32-byte seed ({expanded} bytes once expanded)',
});
