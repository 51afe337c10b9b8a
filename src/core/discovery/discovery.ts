// Key discovery: plan and fetch a signer's public keys (issuer metadata, jku, x5u, x5c, jwk) through an injected fetch.

import type { DiscoveryProblem } from '../shared/problems';
import type {
  DiscoverOptions,
  DiscoveryPlan,
  DiscoveryReport,
  DiscoverySource,
  DiscoverySourceKind,
} from './discovery-types';
import { fetchJson, Aborted, Stage, type Attempt, type Context } from './fetch-text';
import { tryEmbeddedJwk, tryX5c, tryX5u } from './header-keys';
import { isJwks, isObject, selectJwk } from './key-sets';
import { planDiscovery, readString } from './plan';
import type { JsonObject } from '../token/token';

export type * from './discovery-types';
export { buildAuthorizationServerMetadataUrl, buildOidcConfigurationUrl, planDiscovery } from './plan';
export { isJwks, selectJwk } from './key-sets';
export { formatPem } from './header-keys';
export { DISCOVERY_MAX_BYTES, DISCOVERY_TIMEOUT_MS } from './fetch-text';
export { checkDiscoveryUrl, judgeHost } from './url-rules';

function matchKeySet(
  ctx: Context,
  jwks: { keys: JsonObject[] },
  source: DiscoverySourceKind,
  url: string,
  status: number,
): Attempt {
  const { kid, alg } = ctx.plan;
  const { key, ambiguous } = selectJwk(jwks.keys, kid, alg);
  if (!key && !ambiguous) {
    ctx.steps.push({ source, role: 'jwks', url, outcome: 'no-matching-key', status });
    const available = jwks.keys.map((k) => (typeof k.kid === 'string' ? k.kid : '')).filter((k) => k !== '');
    return {
      ok: false,
      problem: { code: 'discovery-no-matching-key', kid, alg, available },
      stage: Stage.KeyMatch,
    };
  }
  ctx.steps.push({ source, role: 'jwks', url, outcome: 'ok', status });
  return {
    ok: true,
    report: { untrusted: false, jwks, key, keyText: JSON.stringify(jwks, null, 2), keyFormat: 'jwks' },
  };
}

async function fetchKeySet(
  ctx: Context,
  url: string,
  source: DiscoverySourceKind,
  baseStage: Stage,
): Promise<Attempt> {
  const fetched = await fetchJson(ctx, url, source, 'jwks');
  if (!fetched.ok) return { ...fetched, stage: fetched.stage + baseStage };
  if (!isJwks(fetched.value)) {
    ctx.steps.push({ source, role: 'jwks', url, outcome: 'not-jwks', status: fetched.status });
    return { ok: false, problem: { code: 'discovery-not-jwks', url }, stage: Stage.KeySet };
  }
  return matchKeySet(ctx, fetched.value, source, url, fetched.status);
}

async function tryIssuerMetadata(ctx: Context, source: DiscoverySource): Promise<Attempt> {
  const url = source.url ?? '';
  const fetched = await fetchJson(ctx, url, source.kind, 'metadata');
  if (!fetched.ok) return fetched;
  const metadata = isObject(fetched.value) ? fetched.value : undefined;
  const found = readString(metadata, 'issuer');
  // OIDC Discovery §4.3 and RFC 8414 §3.3: the issuer in the metadata must be identical to the token's.
  if (found !== ctx.plan.issuer) {
    ctx.steps.push({
      source: source.kind,
      role: 'metadata',
      url,
      outcome: 'issuer-mismatch',
      status: fetched.status,
    });
    return {
      ok: false,
      problem: { code: 'discovery-issuer-mismatch', url, expected: ctx.plan.issuer ?? '', found },
      stage: Stage.Metadata,
    };
  }
  const jwksUri = readString(metadata, 'jwks_uri');
  if (jwksUri === undefined) {
    ctx.steps.push({
      source: source.kind,
      role: 'metadata',
      url,
      outcome: 'no-jwks-uri',
      status: fetched.status,
    });
    return { ok: false, problem: { code: 'discovery-no-jwks-uri', url }, stage: Stage.Metadata };
  }
  ctx.steps.push({ source: source.kind, role: 'metadata', url, outcome: 'ok', status: fetched.status });
  return fetchKeySet(ctx, jwksUri, source.kind, Stage.Metadata);
}

async function trySource(ctx: Context, source: DiscoverySource): Promise<Attempt> {
  switch (source.kind) {
    case 'oidc':
    case 'rfc8414':
      return tryIssuerMetadata(ctx, source);
    case 'jku': {
      const attempt = await fetchKeySet(ctx, source.url ?? '', 'jku', Stage.Url);
      return attempt.ok ? { ok: true, report: { ...attempt.report, untrusted: true } } : attempt;
    }
    case 'x5u':
      return tryX5u(ctx, source.url ?? '');
    case 'x5c':
      return tryX5c(ctx, source.value);
    case 'jwk':
      return tryEmbeddedJwk(ctx, source.value);
  }
}

/** A plan (perhaps narrowed by the user), or the decoded header and payload to plan from. */
export type DiscoveryInput = { plan: DiscoveryPlan } | { header?: JsonObject; payload?: JsonObject };

/**
 * Fetches the signer's keys, trying each planned source in order until one yields a key. The issuer's
 * two metadata URLs are alternatives: once one of them answers with a metadata document, the other is not asked.
 * Never rejects: every failure, including the browser's CORS refusal, is a step and a problem in the report.
 * @example discoverKeys({ header, payload }, { fetch: window.fetch.bind(window), signal })
 */
export async function discoverKeys(
  input: DiscoveryInput,
  options: DiscoverOptions,
): Promise<DiscoveryReport> {
  const plan = 'plan' in input ? input.plan : planDiscovery(input.header, input.payload);
  const ctx: Context = { options, steps: [], plan };
  let best: { problem: DiscoveryProblem; stage: Stage } | undefined;
  let issuerAnswered = false;
  try {
    for (const source of plan.sources) {
      const isIssuer = source.kind === 'oidc' || source.kind === 'rfc8414';
      if (isIssuer && issuerAnswered) continue;
      const attempt = await trySource(ctx, source);
      if (attempt.ok) {
        return { state: 'ok', steps: ctx.steps, source, ...attempt.report };
      }
      if (isIssuer && attempt.stage >= Stage.Metadata) issuerAnswered = true;
      if (!best || attempt.stage > best.stage) best = attempt;
    }
  } catch (error) {
    if (error instanceof Aborted) {
      return { state: 'error', steps: ctx.steps, untrusted: false, problem: { code: 'discovery-aborted' } };
    }
    throw error;
  }
  const problem = best?.problem ?? plan.notes[0] ?? { code: 'discovery-nothing-to-ask' };
  return { state: 'error', steps: ctx.steps, untrusted: false, problem };
}
