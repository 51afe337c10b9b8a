// Wording for SD-JWT problems, key binding verdicts and SD-JWT VC types: the only place these sentences live.
import type { KeyBindingReport, SdJwtProblem, SdJwtVcInfo, SdMakeProblem } from '../../core/sd-jwt';

const MALFORMED: Record<string, string> = {
  empty: 'is empty (two tildes in a row)',
  'not-base64url': 'is not base64url',
  'not-utf8': 'does not decode to UTF-8 text',
  'not-json': 'is not JSON',
  'not-array': 'is not a JSON array',
  'wrong-length': 'is not an array of 2 (salt, value) or 3 (salt, name, value) elements',
  'salt-not-string': 'has a salt that is not a string',
  'name-not-string': 'has a claim name that is not a string',
};

/** One sentence per SD-JWT problem (RFC 9901 §7.1). Disclosures are numbered from 1 for people. */
export function describeSdJwtProblem(p: SdJwtProblem): string {
  switch (p.code) {
    case 'sd-disclosure-malformed':
      return `Disclosure ${p.index + 1} ${MALFORMED[p.reason] ?? 'cannot be read'}: the SD-JWT must be rejected (RFC 9901 §7.1).`;
    case 'sd-disclosure-reserved-name':
      return `Disclosure ${p.index + 1} uses the reserved claim name "${p.name}": the SD-JWT must be rejected (RFC 9901 §7.1, 3.3.2.2).`;
    case 'sd-disclosure-unreferenced':
      return `Disclosure ${p.index + 1} is not referenced by any digest in the issuer-signed JWT or in another disclosure: the SD-JWT must be rejected (RFC 9901 §7.1, step 5).`;
    case 'sd-disclosure-repeated':
      return `Disclosure ${p.index + 1} is the same as disclosure ${p.firstIndex + 1} (same digest): the SD-JWT must be rejected (RFC 9901 §7.1, step 4).`;
    case 'sd-digest-repeated':
      return `The digest ${p.digest} appears ${p.paths.length} times (at ${p.paths.join(', ')}): the SD-JWT must be rejected (RFC 9901 §7.1, step 4).`;
    case 'sd-claim-exists':
      return `Disclosure ${p.index + 1} discloses "${p.name}", but ${p.path} is already in the payload: the SD-JWT must be rejected (RFC 9901 §7.1, 3.3.2.3).`;
    case 'sd-disclosure-wrong-kind':
      return p.expected === 'array-element'
        ? `Disclosure ${p.index + 1} has a claim name but its digest sits in an array element ({"...": digest}) at ${p.path}: an array element's disclosure has only salt and value (RFC 9901 §7.1, 3.3.3.1).`
        : `Disclosure ${p.index + 1} has no claim name but its digest sits in ${p.path}: an object property's disclosure has salt, name and value (RFC 9901 §7.1, 3.3.2.1).`;
    case 'sd-alg-unsupported':
      return `_sd_alg "${p.alg}" is not a hash this page knows (sha-256, sha-384, sha-512): no disclosure can be checked, and the SD-JWT must be rejected (RFC 9901 §7.1, 2.4).`;
    case 'sd-alg-not-string':
      return '_sd_alg must be a string naming a hash algorithm (RFC 9901 §4.1.1).';
    case 'sd-no-trailing-tilde':
      return 'The SD-JWT does not end with "~", and its last part is not a key binding JWT: it is read as a disclosure whose tilde was lost (RFC 9901 §4).';
  }
}

export function describeMakeProblem(p: SdMakeProblem | { code: string }): string {
  switch (p.code) {
    case 'sd-path-syntax':
      return `“${(p as { path: string }).path}” is not a claim path: write names joined by dots, array elements as [0] (address.street_address, nationalities[0]).`;
    case 'sd-path-not-found':
      return `There is no ${(p as { path: string }).path} in the payload to make selectively disclosable.`;
    case 'sd-path-reserved':
      return `${(p as { path: string }).path} is reserved by SD-JWT (_sd, ..., _sd_alg) and cannot be made disclosable.`;
    case 'sd-holder-key-unusable':
      return 'The holder key must be a private EC (P-256/384/521), Ed25519 or RSA key, as a PEM or JWK: its public half goes into cnf and it signs the key binding JWT.';
    case 'no-key':
    case 'key-not-private':
      return 'Put the issuer’s private key (or secret) in the key box: it signs the issuer JWT.';
    default:
      return `The SD-JWT could not be made (${p.code}); check that the key box’s key fits the header’s alg.`;
  }
}

const CHECK_TEXT: Record<string, string> = {
  typ: 'typ is kb+jwt',
  sd_hash: 'sd_hash covers the issuer JWT and the presented disclosures',
  iat: 'iat is not in the future',
  aud: 'aud is the expected audience',
  nonce: 'nonce is the expected nonce',
};

/** The key binding verdict in one line, then one line per check. */
export function describeKeyBinding(kb: KeyBindingReport): { summary: string; lines: string[] } {
  const lines = kb.checks.map((c) => {
    const found = c.found === undefined ? 'absent' : JSON.stringify(c.found);
    if (c.status === 'ok') return `✓ ${CHECK_TEXT[c.check]} (${found})`;
    if (c.status === 'skipped')
      return `· ${c.check} is ${found}: not judged (no expected ${c.check === 'aud' ? 'audience' : 'nonce'} set)`;
    const expected = c.expected === undefined ? '' : `, expected ${JSON.stringify(c.expected)}`;
    return `✗ ${CHECK_TEXT[c.check]}: found ${found}${expected}`;
  });
  switch (kb.state) {
    case 'absent':
      return {
        summary: 'No key binding JWT: anyone holding this SD-JWT can present it (RFC 9901 §4.3).',
        lines,
      };
    case 'no-key':
      return {
        summary:
          kb.reason === 'bad-cnf-jwk'
            ? 'The issuer JWT’s cnf.jwk cannot be used to check the key binding JWT’s signature.'
            : 'The issuer JWT has no cnf.jwk: there is no holder key to check the key binding JWT with (RFC 9901 §4.1.2).',
        lines,
      };
    case 'invalid':
      return {
        summary:
          kb.reason === 'not-a-jwt'
            ? 'The key binding JWT is not a readable JWT.'
            : kb.reason === 'alg-none'
              ? 'The key binding JWT is unsigned (alg none): it must be signed by the holder key (RFC 9901 §4.3).'
              : 'The key binding JWT’s signature does not verify with the holder key in cnf.jwk.',
        lines,
      };
    case 'mismatch':
      return { summary: 'The key binding JWT is signed by the holder key, but:', lines };
    case 'valid':
      return {
        summary: 'The key binding JWT is signed by the holder key in cnf.jwk and bound to this presentation.',
        lines,
      };
  }
}

/** What the header's typ says about the SD-JWT. */
export function describeSdJwtType(vc: SdJwtVcInfo): string {
  switch (vc.typ) {
    case 'dc+sd-jwt':
      return 'typ dc+sd-jwt: an SD-JWT VC (a digital credential as EU identity wallets and OpenID4VP present it); vct names its type.';
    case 'vc+sd-jwt':
      return 'typ vc+sd-jwt: the older media type of SD-JWT VC, renamed dc+sd-jwt in later drafts; verifiers may accept both during the transition.';
    case 'sd-jwt':
      return 'typ sd-jwt: a plain SD-JWT (RFC 9901 §9.11 explicit typing).';
    case 'example+sd-jwt':
      return 'typ example+sd-jwt: the type RFC 9901’s own examples use.';
    case 'absent':
      return 'No typ in the header: RFC 9901 §9.11 recommends explicit typing so an SD-JWT cannot be taken for another kind of JWT.';
    case 'other':
      return `typ ${vc.typText ?? ''}: not an SD-JWT media type this page knows.`;
  }
}
