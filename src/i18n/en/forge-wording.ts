// English wording of the forge: what each attack tries, what a correct verifier does, why a forge failed
// (features/forge/describe-attack.ts).
import { i18n } from '../i18n';
import { params } from '../params';

export const forgeWordingMessages = i18n('forgeWording', {
  algNoneTitle: 'alg none',
  algNoneWhat:
    'The header says alg "none" (also spelled None, NONE and nOnE) and the signature is empty. A verifier that takes the algorithm from the token, or compares "none" case-sensitively only, accepts it unsigned.',
  algNoneCorrect:
    'Rejects it: the verifier, not the token, decides the algorithms it accepts (an explicit list without "none"), and an unsecured token is never valid.',
  hsWithPublicKeyTitle: 'HS256 signed with the public key (algorithm confusion)',
  hsWithPublicKeyWhat:
    'An RS/ES token turned into HS256, with the verifier’s own public key as the HMAC secret: the PEM text exactly as stored (with and without its final line break), its DER bytes, or its JWK JSON. A verifier that reads alg from the token and hands its one key to HMAC accepts it.',
  hsWithPublicKeyCorrect:
    'Rejects it: each key is bound to one algorithm, an RSA or EC public key is never used as an HMAC secret, and HS256 is not in the list of algorithms the verifier accepts.',
  embeddedJwkTitle: 'Key embedded in the header (jwk)',
  embeddedJwkWhat:
    'Signed with a fresh key pair made here, whose public JWK is put in the header. A verifier that trusts the header’s own jwk checks the signature with the attacker’s key (node-jose before 0.11.0).',
  embeddedJwkCorrect:
    'Rejects it: keys come from the verifier’s trusted configuration, never from the token; a jwk header may at most select among keys it already trusts.',
  emptySecretTitle: 'Empty HMAC secret',
  emptySecretWhat:
    'HS256 with a zero-length secret. A verifier whose secret is missing from its configuration (an unset environment variable read as "") accepts it.',
  emptySecretCorrect:
    'Rejects it: it refuses to start without a secret, and an HMAC key shorter than the hash output (32 bytes for HS256) is refused.',
  psychicSignatureTitle: 'Psychic signature (ECDSA r = s = 0)',
  psychicSignatureWhat:
    'An ECDSA signature whose r and s are both zero: all zero bytes, 64 for ES256, 96 for ES384, 132 for ES512. Java 15–18’s ECDSA accepted it for any message and key.',
  psychicSignatureCorrect:
    'Rejects it: ECDSA requires 1 ≤ r, s < n; a zero value fails before any arithmetic.',
  kidInjectionTitle: 'kid path traversal',
  kidInjectionWhat:
    'The kid header points at ../../../../../../dev/null, and the token is signed with an empty secret: a verifier that reads the key from a file named by kid reads nothing, and so checks with the empty key.',
  kidInjectionCorrect:
    'Rejects it: kid only looks a key up in the verifier’s own key set; it is never a path, a query or a command, and an unknown kid is an error.',
  jkuSpoofTitle: 'jku pointing at an attacker’s key set',
  jkuSpoofWhat:
    'The jku header names a URL you give, and the token is signed with a fresh key whose JWKS (below) you would host there. A verifier that fetches keys from the token’s jku accepts it, and may be made to fetch any URL (SSRF).',
  jkuSpoofCorrect:
    'Rejects it: it fetches keys only from URLs it was configured with (or an allow-list), and ignores a jku it does not know.',
  noToken:
    'Paste a signed token (three parts with a JSON header) above: the attack is made from its payload.',
  noPublicKey:
    'Paste the public key the verifier holds (a PEM, a JWK or a JWKS) in the key box: it becomes the HMAC secret.',
  keyNotAsymmetric:
    'The key box holds a secret: this attack needs the RSA or EC public key a verifier of RS/ES tokens holds.',
  keyUnreadable: params('The key in the key box cannot be read: {reason}'),
  urlMissing: 'Give the URL the jku header should point at.',
  urlInvalid: params('“{url}” is not an http or https URL.'),
  cryptoFailed: params('The browser could not make this token: {reason}'),
});
