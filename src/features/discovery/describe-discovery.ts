// Words for key discovery: what each source, step and problem means to a person.

import type { DiscoveryOutcome, DiscoverySource, DiscoveryStep } from '../../core/discovery';
import type { MessagesOf } from '../../i18n/catalogue';
import { discoveryWordingMessages } from '../../i18n/en/discovery-wording';
import { describeOwned } from '../../shared/describe-owned';
import { messageName, wordByCode } from '../../shared/word-by-code';
import { checkDiscoveryUrl } from '../../core/discovery';
import type { DiscoveryHostReason, DiscoveryProblem } from '../../core/shared';

type Words = MessagesOf<typeof discoveryWordingMessages>;

/** Describes a planned source before anything is fetched, e.g. for a list under the discover-keys button. */
export function describeDiscoverySource(
  source: DiscoverySource,
  t: Words = discoveryWordingMessages.get(),
): string {
  const name = t[messageName(source.kind, '', 'source')];
  const where = source.url ? t.sourceAt({ source: name, url: source.url }) : name;
  return source.untrusted ? t.untrusted({ where }) : where;
}

const OUTCOME_KEYS = {
  ok: 'outcomeOk',
  'invalid-url': 'outcomeInvalidUrl',
  'not-https': 'outcomeNotHttps',
  'cors-or-network': 'outcomeCors',
  'http-error': 'outcomeHttpError',
  'not-json': 'outcomeNotJson',
  'issuer-mismatch': 'outcomeIssuerMismatch',
  'no-jwks-uri': 'outcomeNoJwksUri',
  'not-jwks': 'outcomeNotJwks',
  'no-matching-key': 'outcomeNoMatchingKey',
  'not-certificate': 'outcomeNotCertificate',
  'bad-jwk': 'outcomeBadJwk',
  'host-refused': 'outcomeHostRefused',
  redirected: 'outcomeRedirected',
  'too-large': 'outcomeTooLarge',
  timeout: 'outcomeTimeout',
  aborted: 'outcomeAborted',
} as const satisfies Record<DiscoveryOutcome, keyof Words>;

/** One line per step for discovery-status: which URL (or header member) was asked and what came back. */
export function describeDiscoveryStep(
  step: DiscoveryStep,
  t: Words = discoveryWordingMessages.get(),
): string {
  const what = step.url ?? t.headerMember({ member: step.source });
  let outcome: string = t[OUTCOME_KEYS[step.outcome]];
  if (step.outcome === 'http-error' && step.status !== undefined) {
    outcome = step.status === 404 ? t.outcomeNotFound : t.outcomeStatus({ status: step.status });
  } else if (step.redirectedTo !== undefined) {
    outcome = t.outcomeRedirectedTo({ outcome, url: step.redirectedTo });
  } else if (step.outcome === 'ok' && step.status !== undefined) {
    outcome = t.outcomeOkStatus({ status: step.status });
  }
  return t.step({ what, outcome });
}

const hostReason = (reason: DiscoveryHostReason, t: Words): string =>
  ({ 'ip-literal': t.hostIpLiteral, localhost: t.hostLocalhost, 'local-domain': t.hostLocalDomain })[reason];

function formatBytes(bytes: number, t: Words): string {
  return bytes % (1024 * 1024) === 0
    ? t.megabytes({ n: String(bytes / (1024 * 1024)) })
    : t.bytes({ n: bytes.toLocaleString('en') });
}

/** Why a planned URL will not be fetched (not https, a refused host), for the plan list; undefined if it will. */
export function describeRefusedUrl(
  url: string | undefined,
  t: Words = discoveryWordingMessages.get(),
): string | undefined {
  const problem = url === undefined ? undefined : checkDiscoveryUrl(url);
  if (problem?.code === 'discovery-not-https') return t.refusedNotHttps;
  if (problem?.code === 'discovery-host-refused')
    return t.refusedHost({ reason: hostReason(problem.reason, t) });
  return undefined;
}

/**
 * Explains why discovery failed, with what to do next (the codes discovery.ts reports start with `discovery-`);
 * undefined for codes owned by other modules, so describe-problem.ts can chain it like describeKeyProblem.
 */
export const describeDiscoveryProblem = describeOwned<DiscoveryProblem, Words>(
  'discovery-',
  discoveryWordingMessages,
  explainDiscoveryProblem,
);

function explainDiscoveryProblem(problem: DiscoveryProblem, t: Words): string {
  switch (problem.code) {
    case 'discovery-host-refused':
      return problem.via
        ? t.hostRefusedRedirect({ via: problem.via, url: problem.url, reason: hostReason(problem.reason, t) })
        : t.hostRefused({ url: problem.url, reason: hostReason(problem.reason, t) });
    case 'discovery-too-large':
      return t.tooLarge({ url: problem.url, limit: formatBytes(problem.limit, t) });
    case 'discovery-timeout':
      return t.timeout({ url: problem.url, seconds: String(problem.seconds) });
    case 'discovery-http-error':
      return problem.status === 404
        ? t.notFound({ url: problem.url })
        : t.httpError({ url: problem.url, status: problem.status });
    case 'discovery-issuer-mismatch':
      return problem.found === undefined
        ? t.noIssuer({ url: problem.url, expected: problem.expected })
        : t.issuerMismatch({ url: problem.url, found: problem.found, expected: problem.expected });
    case 'discovery-not-jwks':
      return t.notJwks({ url: problem.url, shape: '{"keys": [...]}' });
    case 'discovery-no-matching-key': {
      const wanted =
        problem.kid !== undefined
          ? t.wantedKid({ kid: problem.kid })
          : t.wantedAlg({ alg: problem.alg ?? t.thisToken });
      return problem.available.length
        ? t.noMatchingKeyOffers({
            wanted,
            offered: problem.available.map((value) => t.quoted({ value })).join(t.listSeparator),
          })
        : t.noMatchingKey({ wanted });
    }
    case 'discovery-not-certificate':
      return problem.url ? t.notCertificateUrl({ url: problem.url }) : t.notCertificateX5c;
    default:
      // nothing-to-ask, invalid-url, not-https, cors, not-json, no-jwks-uri, bad-embedded-jwk, aborted
      return wordByCode(problem, t, 'discovery-');
  }
}
