// Wording for the findings about how a token is written and where its key came from (issue 16).
import type { Finding } from '../../core/advisor';

type HardeningFinding = Extract<
  Finding,
  { code: 'duplicate-member' | 'non-canonical-encoding' | 'crit-unknown' | 'untrusted-key-source' }
>;

const SOURCES = {
  jku: "the URL in the token's jku header",
  x5u: "the URL in the token's x5u header",
  x5c: "the certificate chain in the token's x5c header",
  jwk: "the key embedded in the token's jwk header",
  link: 'the link that opened this page',
} as const;

/** Puts one of these findings into words. */
export function describeHardeningFinding(finding: HardeningFinding): { title: string; explanation: string } {
  switch (finding.code) {
    case 'duplicate-member': {
      const where = [...finding.path, finding.member].join('.');
      return {
        title: `"${where}" appears twice in the ${finding.segment}`,
        explanation: `The ${finding.segment} gives "${where}" twice: first ${finding.first}, then ${finding.second}. This page (like JSON.parse) shows the last; other libraries take the first, so two services can read different values from one signed token. Reject tokens with duplicate names.`,
      };
    }
    case 'non-canonical-encoding':
      return {
        title: `Non-canonical base64url (${finding.segments.join(', ')})`,
        explanation: `The last character of the ${finding.segments.join(', ')} carries bits that decoding drops, so other spellings of this token decode and verify the same. A replay or revocation list keyed on the token string misses them; key such lists on jti or a hash of the decoded parts.`,
      };
    case 'crit-unknown':
      return {
        title: `Critical extension not understood (${finding.names.join(', ')})`,
        explanation: `The header marks ${finding.names.map((n) => `"${n}"`).join(', ')} as critical. A recipient that does not understand a critical extension must reject the token, so the signature is not accepted here.`,
      };
    case 'untrusted-key-source':
      return {
        title: `Key taken from ${finding.source === 'link' ? 'the link' : `the token (${finding.source})`}`,
        explanation: `The key that checks this signature came from ${SOURCES[finding.source]}, which whoever made the token controls. A signature checked with it shows only that the token and key belong together, not who made them; verify with a key you already trust.`,
      };
  }
}
