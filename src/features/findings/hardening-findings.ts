// Wording for the findings about how a token is written and where its key came from (issue 16).
import type { Finding } from '../../core/advisor';
import type { MessagesOf } from '../../i18n/catalogue';
import { findingsWordingMessages } from '../../i18n/en/findings-wording';
import { messageName } from '../../shared/word-by-code';

type HardeningFinding = Extract<
  Finding,
  { code: 'duplicate-member' | 'non-canonical-encoding' | 'crit-unknown' | 'untrusted-key-source' }
>;

type Words = MessagesOf<typeof findingsWordingMessages>;

const segmentName = (segment: string, t: Words): string =>
  segment === 'header'
    ? t.segHeader
    : segment === 'payload'
      ? t.segPayload
      : segment === 'signature'
        ? t.segSignature
        : segment;

/** Puts one of these findings into words. */
export function describeHardeningFinding(
  finding: HardeningFinding,
  t: Words = findingsWordingMessages.get(),
): { title: string; explanation: string } {
  switch (finding.code) {
    case 'duplicate-member': {
      const where = [...finding.path, finding.member].join('.');
      const segment = segmentName(finding.segment, t);
      return {
        title: t.duplicateTitle({ where, segment }),
        explanation: t.duplicateText({ segment, where, first: finding.first, second: finding.second }),
      };
    }
    case 'non-canonical-encoding': {
      const segments = finding.segments.map((s) => segmentName(s, t)).join(t.listSeparator);
      return { title: t.nonCanonicalTitle({ segments }), explanation: t.nonCanonicalText({ segments }) };
    }
    case 'crit-unknown':
      return {
        title: t.critTitle({ names: finding.names.join(t.listSeparator) }),
        explanation: t.critText({
          names: finding.names.map((name) => t.quotedName({ name })).join(t.listSeparator),
        }),
      };
    case 'untrusted-key-source':
      return {
        title:
          finding.source === 'link'
            ? t.untrustedTitleLink
            : t.untrustedTitleToken({ source: finding.source }),
        explanation: t.untrustedText({ source: t[messageName(finding.source, '', 'source')] }),
      };
  }
}
