// Wording for the forge: what each attack tries, what a correct verifier does, and why a forge failed.
import type { AttackId } from '../../core/forge';
import type { ForgeProblem } from '../../core/forge';
import { describeProblem } from '../../shared/describe-problem';

export interface AttackWords {
  title: string;
  /** What the forged token is and which mistake it tests. */
  what: string;
  /** What a correct verifier does with it. */
  correct: string;
}

export const ATTACK_WORDS: Record<AttackId, AttackWords> = {
  'alg-none': {
    title: 'alg none',
    what: 'The header says alg "none" (also spelled None, NONE and nOnE) and the signature is empty. A verifier that takes the algorithm from the token, or compares "none" case-sensitively only, accepts it unsigned.',
    correct:
      'Rejects it: the verifier, not the token, decides the algorithms it accepts (an explicit list without "none"), and an unsecured token is never valid.',
  },
  'hs-with-public-key': {
    title: 'HS256 signed with the public key (algorithm confusion)',
    what: 'An RS/ES token turned into HS256, with the verifier’s own public key as the HMAC secret: the PEM text exactly as stored (with and without its final line break), its DER bytes, or its JWK JSON. A verifier that reads alg from the token and hands its one key to HMAC accepts it.',
    correct:
      'Rejects it: each key is bound to one algorithm, an RSA or EC public key is never used as an HMAC secret, and HS256 is not in the list of algorithms the verifier accepts.',
  },
  'embedded-jwk': {
    title: 'Key embedded in the header (jwk)',
    what: 'Signed with a fresh key pair made here, whose public JWK is put in the header. A verifier that trusts the header’s own jwk checks the signature with the attacker’s key (node-jose before 0.11.0).',
    correct:
      'Rejects it: keys come from the verifier’s trusted configuration, never from the token; a jwk header may at most select among keys it already trusts.',
  },
  'empty-secret': {
    title: 'Empty HMAC secret',
    what: 'HS256 with a zero-length secret. A verifier whose secret is missing from its configuration (an unset environment variable read as "") accepts it.',
    correct:
      'Rejects it: it refuses to start without a secret, and an HMAC key shorter than the hash output (32 bytes for HS256) is refused.',
  },
  'psychic-signature': {
    title: 'Psychic signature (ECDSA r = s = 0)',
    what: 'An ECDSA signature whose r and s are both zero: all zero bytes, 64 for ES256, 96 for ES384, 132 for ES512. Java 15–18’s ECDSA accepted it for any message and key.',
    correct: 'Rejects it: ECDSA requires 1 ≤ r, s < n; a zero value fails before any arithmetic.',
  },
  'kid-injection': {
    title: 'kid path traversal',
    what: 'The kid header points at ../../../../../../dev/null, and the token is signed with an empty secret: a verifier that reads the key from a file named by kid reads nothing, and so checks with the empty key.',
    correct:
      'Rejects it: kid only looks a key up in the verifier’s own key set; it is never a path, a query or a command, and an unknown kid is an error.',
  },
  'jku-spoof': {
    title: 'jku pointing at an attacker’s key set',
    what: 'The jku header names a URL you give, and the token is signed with a fresh key whose JWKS (below) you would host there. A verifier that fetches keys from the token’s jku accepts it, and may be made to fetch any URL (SSRF).',
    correct:
      'Rejects it: it fetches keys only from URLs it was configured with (or an allow-list), and ignores a jku it does not know.',
  },
};

/** Why the forge made nothing, in words. */
export function describeForgeProblem(problem: ForgeProblem): string {
  switch (problem.code) {
    case 'forge-no-token':
      return 'Paste a signed token (three parts with a JSON header) above: the attack is made from its payload.';
    case 'forge-no-public-key':
      return 'Paste the public key the verifier holds (a PEM, a JWK or a JWKS) in the key box: it becomes the HMAC secret.';
    case 'forge-key-not-asymmetric':
      return 'The key box holds a secret: this attack needs the RSA or EC public key a verifier of RS/ES tokens holds.';
    case 'forge-key-unreadable':
      return `The key in the key box cannot be read: ${describeProblem(problem.problem)}`;
    case 'forge-url-missing':
      return 'Give the URL the jku header should point at.';
    case 'forge-url-invalid':
      return `“${problem.url}” is not an http or https URL.`;
    case 'forge-crypto-failed':
      return `The browser could not make this token: ${describeProblem(problem.problem)}`;
  }
}
