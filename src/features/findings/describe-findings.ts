// Finding → title and sentence: the only place the advisor's findings are put into words.

import type { ClaimPath, Finding } from '../../core/advisor';
import type { MessagesOf } from '../../i18n/catalogue';
import { findingsWordingMessages } from '../../i18n/en/findings-wording';
import { describeHardeningFinding } from './hardening-findings';
import { messageName } from '../../shared/word-by-code';

export interface FindingText {
  title: string;
  explanation: string;
}

/** Writes a claim path as `profile.cards[1].number`, quoting names that are not plain identifiers. */
export function formatClaimPath(path: ClaimPath): string {
  return path
    .map((segment, i) => {
      if (typeof segment === 'number') return `[${segment}]`;
      if (/^[A-Za-z_$][\w$]*$/.test(segment)) return i === 0 ? segment : `.${segment}`;
      return `[${JSON.stringify(segment)}]`;
    })
    .join('');
}

type Words = MessagesOf<typeof findingsWordingMessages>;

function formatDuration(seconds: number, t: Words): string {
  const days = seconds / 86400;
  if (days >= 365) return t.years({ count: (days / 365).toFixed(days >= 3650 ? 0 : 1) });
  if (days >= 2) return t.days({ count: Math.round(days) });
  return t.hours({ count: Math.round(seconds / 3600) });
}

function listReasons(reasons: string[], t: Words): string {
  if (reasons.length <= 1) return reasons.join('');
  return t.reasonsLast({
    list: reasons.slice(0, -1).join(t.reasonsSeparator),
    last: reasons[reasons.length - 1] ?? '',
  });
}

/**
 * Puts one finding into words, naming the claim, secret, kid or URL it concerns. `t` is the current language's
 * wording: the findings panel passes `useMessages(findingsWordingMessages)`.
 */
export function describeFinding(finding: Finding, t: Words = findingsWordingMessages.get()): FindingText {
  switch (finding.code) {
    case 'alg-none':
      return { title: t.algNoneTitle, explanation: t.algNoneText };
    case 'weak-secret':
      return {
        title: t.weakSecretTitle({ secret: finding.secret }),
        explanation: t.weakSecretText({ secret: finding.secret }),
      };
    case 'short-secret':
      return {
        title: t.shortSecretTitle({ alg: finding.alg }),
        explanation: t.shortSecretText({
          length: finding.secretLength,
          alg: finding.alg,
          minimum: finding.minimumLength,
        }),
      };
    case 'missing-exp':
      return { title: t.missingExpTitle, explanation: t.missingExpText };
    case 'long-lifetime': {
      const duration = formatDuration(finding.lifetimeSeconds, t);
      return {
        title: t.longLifetimeTitle({ duration }),
        explanation:
          finding.from === 'iat' ? t.longLifetimeFromIat({ duration }) : t.longLifetimeFromNow({ duration }),
      };
    }
    case 'exp-in-milliseconds':
      return {
        title: t.millisecondsTitle({ claim: finding.claim }),
        explanation: t.millisecondsText({ claim: finding.claim, value: finding.value }),
      };
    case 'sensitive-claim': {
      const claim = formatClaimPath(finding.path);
      const what = t[messageName(finding.kind, '', 'sensitive')];
      return {
        title: t.sensitiveTitle({ claim }),
        explanation:
          finding.match === 'name' ? t.sensitiveByName({ claim, what }) : t.sensitiveByValue({ claim, what }),
      };
    }
    case 'kid-suspicious': {
      const kid = JSON.stringify(finding.kid);
      return {
        title: t.kidTitle({ kid }),
        explanation: t.kidText({
          kid,
          reasons: listReasons(
            finding.reasons.map((r) => t[messageName(r, '', 'kid')]),
            t,
          ),
        }),
      };
    }
    case 'header-key-url':
      return {
        title: t.keyUrlTitle({ parameter: finding.parameter }),
        explanation: t.keyUrlText({ parameter: finding.parameter, url: finding.url }),
      };
    case 'embedded-jwk':
      return {
        title: finding.kty ? t.embeddedJwkTitleKty({ kty: finding.kty }) : t.embeddedJwkTitle,
        explanation: finding.hasPrivateKey ? t.embeddedPrivateText : t.embeddedPublicText,
      };
    case 'alg-confusion':
      return {
        title: t.confusionTitle({ alg: finding.alg }),
        explanation: t.confusionText({
          format: t[messageName(finding.keyFormat, '', 'format')],
          alg: finding.alg,
        }),
      };
    default:
      return describeHardeningFinding(finding, t);
  }
}
