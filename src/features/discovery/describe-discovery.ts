// Words for key discovery: what each source, step and problem means to a person.

import type { DiscoveryOutcome, DiscoverySource, DiscoveryStep } from '../../core/discovery/discovery';
import { checkDiscoveryUrl } from '../../core/discovery/url-rules';
import type { DiscoveryHostReason, DiscoveryProblem, Problem } from '../../core/shared/problems';

const SOURCE_NAMES: Record<DiscoverySource['kind'], string> = {
  oidc: 'OpenID Connect discovery',
  rfc8414: 'OAuth server metadata (RFC 8414)',
  jku: 'the key set URL in the header (jku)',
  x5u: 'the certificate URL in the header (x5u)',
  x5c: 'the certificate in the header (x5c)',
  jwk: 'the key embedded in the header (jwk)',
};

const UNTRUSTED_NOTE =
  'The token names this key itself, so anyone who forged the token could have chosen it: a valid signature here proves nothing unless you trust this key for other reasons.';

/** Describes a planned source before anything is fetched, e.g. for a list under the discover-keys button. */
export function describeDiscoverySource(source: DiscoverySource): string {
  const where = source.url ? `${SOURCE_NAMES[source.kind]}: ${source.url}` : SOURCE_NAMES[source.kind];
  return source.untrusted ? `${where}. ${UNTRUSTED_NOTE}` : where;
}

const OUTCOMES: Record<DiscoveryOutcome, string> = {
  ok: 'ok',
  'invalid-url': 'not a valid URL, not asked',
  'not-https': 'not https, not asked',
  'host-refused': 'a local or literal-address host, not asked',
  redirected: 'redirected to another origin',
  'too-large': 'the answer is over 1 MB, reading stopped',
  timeout: 'no answer in time',
  'cors-or-network':
    'the browser was not allowed to read the answer (CORS), or the server could not be reached',
  'http-error': 'HTTP error',
  'not-json': 'the answer is not JSON',
  'issuer-mismatch': 'the metadata names a different issuer',
  'no-jwks-uri': 'the metadata has no jwks_uri',
  'not-jwks': 'the answer is not a JWK Set',
  'no-matching-key': 'no key matches the token',
  'not-certificate': 'not an X.509 certificate',
  'bad-jwk': 'not a JWK',
  aborted: 'cancelled',
};

/** One line per step for discovery-status: which URL (or header member) was asked and what came back. */
export function describeDiscoveryStep(step: DiscoveryStep): string {
  const what = step.url ?? `header "${step.source}"`;
  let outcome = OUTCOMES[step.outcome];
  if (step.outcome === 'http-error' && step.status !== undefined) {
    outcome = step.status === 404 ? 'not found (HTTP 404)' : `HTTP ${step.status}`;
  } else if (step.redirectedTo !== undefined) {
    outcome = `${outcome}: ${step.redirectedTo}`;
  } else if (step.outcome === 'ok' && step.status !== undefined) {
    outcome = `ok (HTTP ${step.status})`;
  }
  return `${what}: ${outcome}`;
}

const HOST_REASONS: Record<DiscoveryHostReason, string> = {
  'ip-literal': 'its host is an IP address, not a name',
  localhost: 'its host is this computer (localhost)',
  'local-domain': 'its host is on the local network (.local)',
};

function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes.toLocaleString('en')} bytes`;
}

/** Why a planned URL will not be fetched (not https, a refused host), for the plan list; undefined if it will. */
export function describeRefusedUrl(url: string | undefined): string | undefined {
  const problem = url === undefined ? undefined : checkDiscoveryUrl(url);
  if (problem?.code === 'discovery-not-https') return 'not https: it will not be fetched';
  if (problem?.code === 'discovery-host-refused')
    return `${HOST_REASONS[problem.reason]}: it will not be fetched`;
  return undefined;
}

/** True for the problems discovery.ts reports (their codes start with `discovery-`). */
export function isDiscoveryProblem(problem: Problem): problem is DiscoveryProblem {
  return problem.code.startsWith('discovery-');
}

/**
 * Explains why discovery failed, with what to do next; undefined for codes owned by other modules,
 * so describe-problem.ts can chain it like describeKeyProblem.
 */
export function describeDiscoveryProblem(problem: Problem): string | undefined {
  return isDiscoveryProblem(problem) ? explainDiscoveryProblem(problem) : undefined;
}

function explainDiscoveryProblem(problem: DiscoveryProblem): string {
  switch (problem.code) {
    case 'discovery-nothing-to-ask':
      return 'There is nothing to look up: the payload has no "iss" URL and the header names no key (jku, x5u, x5c or jwk). Paste the key instead.';
    case 'discovery-invalid-url':
      return `"${problem.url}" is not a URL, so there is nowhere to ask for keys.`;
    case 'discovery-not-https':
      return `${problem.url} is not https. Keys fetched over plain http could have been swapped on the way, so they are not fetched.`;
    case 'discovery-host-refused':
      return `${problem.via ? `${problem.via} redirected to ${problem.url}, which` : problem.url} was not asked: ${HOST_REASONS[problem.reason]}. A token must not make this page reach into your own machine or network; if you trust that key set, open it yourself and paste it into the key box.`;
    case 'discovery-too-large':
      return `${problem.url} sent more than ${formatBytes(problem.limit)}, so discovery stopped reading it (a key set or metadata document is a few KB).`;
    case 'discovery-timeout':
      return `${problem.url} did not answer within ${problem.seconds} seconds, so discovery gave up on it.`;
    case 'discovery-cors':
      return `The server at ${problem.url} does not allow browsers to read its keys (it sends no CORS headers), or it could not be reached. Open that URL yourself and paste the JWKS into the key box instead.`;
    case 'discovery-http-error':
      return problem.status === 404
        ? `Not found: ${problem.url} answered 404.`
        : `${problem.url} answered with HTTP status ${problem.status}.`;
    case 'discovery-not-json':
      return `${problem.url} did not answer with JSON (perhaps a login or error page).`;
    case 'discovery-issuer-mismatch':
      return problem.found === undefined
        ? `The metadata at ${problem.url} does not state an issuer, so it cannot be tied to "${problem.expected}". Its keys are not used.`
        : `The metadata at ${problem.url} is for issuer "${problem.found}", not the token's "${problem.expected}". Its keys are not used.`;
    case 'discovery-no-jwks-uri':
      return `The metadata at ${problem.url} has no jwks_uri, so it does not say where the keys are.`;
    case 'discovery-not-jwks':
      return `${problem.url} is not a JWK Set (expected {"keys": [...]}).`;
    case 'discovery-no-matching-key': {
      const wanted =
        problem.kid !== undefined ? `kid "${problem.kid}"` : `a key for ${problem.alg ?? 'this token'}`;
      const offered = problem.available.length
        ? ` It offers kid ${problem.available.map((k) => `"${k}"`).join(', ')}.`
        : '';
      return `The key set has no key with ${wanted}; the key may have been rotated out.${offered}`;
    }
    case 'discovery-not-certificate':
      return problem.url
        ? `${problem.url} does not hold a PEM certificate.`
        : "The header's x5c does not hold a base64 X.509 certificate.";
    case 'discovery-bad-embedded-jwk':
      return 'The header\'s jwk is not a JSON Web Key (it needs at least "kty").';
    case 'discovery-aborted':
      return 'Discovery was cancelled.';
  }
}
