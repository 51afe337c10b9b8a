// Key discovery: plan and fetch a signer's public keys (issuer metadata, jku, x5u, x5c, jwk) through an injected fetch.

import { trimTrailing } from '../shared/text-scan';
import { scanPemBlocks } from '../shared/pem-scan';
import { decodeBase64, encodeBase64 } from '../shared/base64url';
import type { DiscoveryProblem } from '../shared/problems';
import type { JsonObject } from '../token/token';

/** Where a key can come from: the issuer's metadata (two well-known paths) or the token's own header. */
export type DiscoverySourceKind = 'oidc' | 'rfc8414' | 'jku' | 'x5u' | 'x5c' | 'jwk';

export interface DiscoverySource {
  kind: DiscoverySourceKind;
  /** The first URL asked, for the kinds that fetch (oidc, rfc8414, jku, x5u). */
  url?: string;
  /** True when the token names this key itself (jku, x5u, x5c, jwk): whoever made the token chose it. */
  untrusted: boolean;
  /** The header member's value, for the kinds embedded in the token (x5c, jwk). */
  value?: unknown;
}

/** What discovery will ask for, shown before the user presses discover-keys. */
export interface DiscoveryPlan {
  sources: DiscoverySource[];
  /** The payload's `iss`, when it is a string. */
  issuer?: string;
  /** The header's `kid` and `alg`, used to pick the key. */
  kid?: string;
  alg?: string;
  /** Why a source the user might expect is absent (e.g. `iss` is not a URL). */
  notes: DiscoveryProblem[];
}

export type DiscoveryStepRole = 'metadata' | 'jwks' | 'certificate' | 'embedded';

export type DiscoveryOutcome =
  | 'ok'
  | 'invalid-url'
  | 'not-https'
  | 'cors-or-network'
  | 'http-error'
  | 'not-json'
  | 'issuer-mismatch'
  | 'no-jwks-uri'
  | 'not-jwks'
  | 'no-matching-key'
  | 'not-certificate'
  | 'bad-jwk'
  | 'aborted';

/** One thing discovery asked (a URL, or a header member) and what came back. */
export interface DiscoveryStep {
  source: DiscoverySourceKind;
  role: DiscoveryStepRole;
  url?: string;
  outcome: DiscoveryOutcome;
  /** The HTTP status, whenever a response arrived. */
  status?: number;
}

export type DiscoveredKeyFormat = 'jwks' | 'jwk' | 'pem-certificate';

export interface DiscoveryReport {
  state: 'ok' | 'error';
  steps: DiscoveryStep[];
  /** The source that gave the key (state ok). */
  source?: DiscoverySource;
  /** True when the key came from the token's own header rather than its issuer. */
  untrusted: boolean;
  /** The fetched key set (jwks_uri or jku). */
  jwks?: { keys: JsonObject[] };
  /** The key chosen by `kid` (or the only key that fits `alg`); absent when several fit and none is named. */
  key?: JsonObject;
  /** Text for the key box: the JWKS, the embedded JWK, or the x5c/x5u certificate as PEM. */
  keyText?: string;
  keyFormat?: DiscoveredKeyFormat;
  /** Why discovery failed (state error): the failure of the attempt that got furthest. */
  problem?: DiscoveryProblem;
}

/** The subset of `fetch` discovery needs, injected so tests never touch the network. */
export type FetchLike = (
  url: string,
  init?: RequestInit,
) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;

export interface DiscoverOptions {
  fetch: FetchLike;
  signal?: AbortSignal;
}

const OIDC_SUFFIX = '/.well-known/openid-configuration';
const RFC8414_SEGMENT = '/.well-known/oauth-authorization-server';

/** The OpenID Connect discovery URL: the suffix is appended to the issuer, path included (OIDC Discovery §4). */
export function buildOidcConfigurationUrl(issuer: string): string {
  return trimTrailing(issuer, '/') + OIDC_SUFFIX;
}

/** The RFC 8414 metadata URL: the well-known segment goes between host and path (RFC 8414 §3.1). */
export function buildAuthorizationServerMetadataUrl(issuer: string): string | undefined {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return undefined;
  }
  const path = trimTrailing(url.pathname, '/');
  return `${url.protocol}//${url.host}${RFC8414_SEGMENT}${path}`;
}

function readString(object: JsonObject | undefined, name: string): string | undefined {
  const value = object?.[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Lists what discovery will ask for, without fetching: the issuer's metadata first (trusted), then what
 * the header names (jku, x5u, x5c, jwk; untrusted because the token chose them itself).
 */
export function planDiscovery(
  header: JsonObject | undefined,
  payload: JsonObject | undefined,
): DiscoveryPlan {
  const sources: DiscoverySource[] = [];
  const notes: DiscoveryProblem[] = [];
  const issuer = readString(payload, 'iss');
  if (issuer !== undefined) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(issuer);
    } catch {
      notes.push({ code: 'discovery-invalid-url', url: issuer });
    }
    if (parsed) {
      // OIDC first: most pasted tokens are ID tokens or access tokens from OpenID providers, and
      // RFC 8414 §5 notes that such servers publish openid-configuration; RFC 8414 is the fallback.
      sources.push({ kind: 'oidc', url: buildOidcConfigurationUrl(issuer), untrusted: false });
      const rfc8414 = buildAuthorizationServerMetadataUrl(issuer);
      if (rfc8414) sources.push({ kind: 'rfc8414', url: rfc8414, untrusted: false });
    }
  }
  const jku = readString(header, 'jku');
  if (jku !== undefined) sources.push({ kind: 'jku', url: jku, untrusted: true });
  const x5u = readString(header, 'x5u');
  if (x5u !== undefined) sources.push({ kind: 'x5u', url: x5u, untrusted: true });
  if (header?.x5c !== undefined) sources.push({ kind: 'x5c', untrusted: true, value: header.x5c });
  if (header?.jwk !== undefined) sources.push({ kind: 'jwk', untrusted: true, value: header.jwk });
  if (sources.length === 0 && notes.length === 0) notes.push({ code: 'discovery-nothing-to-ask' });
  return { sources, issuer, kid: readString(header, 'kid'), alg: readString(header, 'alg'), notes };
}

// How far an attempt got; when every source fails, the one that got furthest explains best.
const Stage = { Url: 0, Fetched: 1, Metadata: 2, KeySet: 3, KeyMatch: 4 } as const;
type Stage = number;

type Attempt =
  | { ok: true; report: Omit<DiscoveryReport, 'state' | 'steps'> }
  | { ok: false; problem: DiscoveryProblem; stage: Stage };

class Aborted extends Error {}

interface Context {
  options: DiscoverOptions;
  steps: DiscoveryStep[];
  plan: DiscoveryPlan;
}

type Fetched =
  { ok: true; text: string; status: number } | { ok: false; problem: DiscoveryProblem; stage: Stage };

function checkUrl(ctx: Context, url: string, source: DiscoverySourceKind, role: DiscoveryStepRole) {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    ctx.steps.push({ source, role, url, outcome: 'invalid-url' });
    return { code: 'discovery-invalid-url', url } as const;
  }
  if (parsed.protocol !== 'https:') {
    ctx.steps.push({ source, role, url, outcome: 'not-https' });
    return { code: 'discovery-not-https', url } as const;
  }
  return undefined;
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || (error instanceof Error && error.name === 'AbortError');
}

async function fetchText(
  ctx: Context,
  url: string,
  source: DiscoverySourceKind,
  role: DiscoveryStepRole,
  accept: string,
): Promise<Fetched> {
  const urlProblem = checkUrl(ctx, url, source, role);
  if (urlProblem) return { ok: false, problem: urlProblem, stage: Stage.Url };
  const { signal } = ctx.options;
  if (signal?.aborted) throw new Aborted();
  try {
    // Called detached: window.fetch throws "Illegal invocation" (a TypeError, which would pass for CORS)
    // when its `this` is the options object.
    const fetchImpl = ctx.options.fetch;
    const response = await fetchImpl(url, {
      signal,
      credentials: 'omit',
      redirect: 'follow',
      headers: { accept },
    });
    if (!response.ok) {
      ctx.steps.push({ source, role, url, outcome: 'http-error', status: response.status });
      return {
        ok: false,
        problem: { code: 'discovery-http-error', url, status: response.status },
        stage: Stage.Url,
      };
    }
    const text = await response.text();
    return { ok: true, text, status: response.status };
  } catch (error) {
    if (isAbort(error, signal)) {
      ctx.steps.push({ source, role, url, outcome: 'aborted' });
      throw new Aborted();
    }
    // A browser rejects with a bare TypeError both when CORS forbids reading the response and when the
    // host cannot be reached; it deliberately does not say which (Fetch standard, "network error").
    ctx.steps.push({ source, role, url, outcome: 'cors-or-network' });
    return { ok: false, problem: { code: 'discovery-cors', url }, stage: Stage.Url };
  }
}

async function fetchJson(
  ctx: Context,
  url: string,
  source: DiscoverySourceKind,
  role: DiscoveryStepRole,
): Promise<
  { ok: true; value: unknown; status: number } | { ok: false; problem: DiscoveryProblem; stage: Stage }
> {
  const fetched = await fetchText(ctx, url, source, role, 'application/json');
  if (!fetched.ok) return fetched;
  try {
    return { ok: true, value: JSON.parse(fetched.text) as unknown, status: fetched.status };
  } catch {
    ctx.steps.push({ source, role, url, outcome: 'not-json', status: fetched.status });
    return { ok: false, problem: { code: 'discovery-not-json', url }, stage: Stage.Fetched };
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when the value has the shape of a JWK Set (RFC 7517 §5): `keys`, an array of objects with `kty`. */
export function isJwks(value: unknown): value is { keys: JsonObject[] } {
  return (
    isObject(value) &&
    Array.isArray(value.keys) &&
    value.keys.every((key) => isObject(key) && typeof key.kty === 'string')
  );
}

function keyTypeForAlg(alg: string | undefined): string | undefined {
  if (!alg) return undefined;
  if (/^(RS|PS)\d+$/.test(alg)) return 'RSA';
  if (/^ES\d+K?$/.test(alg)) return 'EC';
  if (alg === 'EdDSA' || alg === 'Ed25519' || alg === 'Ed448') return 'OKP';
  if (/^HS\d+$/.test(alg)) return 'oct';
  if (alg.startsWith('ML-DSA')) return 'AKP';
  return undefined;
}

function fitsAlg(key: JsonObject, alg: string | undefined): boolean {
  if (key.use !== undefined && key.use !== 'sig') return false;
  if (alg !== undefined && typeof key.alg === 'string' && key.alg !== alg) return false;
  const kty = keyTypeForAlg(alg);
  return kty === undefined || key.kty === kty;
}

/**
 * Picks the key for a token from a key set: by `kid` when the header has one, else the only key that fits `alg`.
 * `ambiguous` means several keys fit and none is named, so each must be tried.
 */
export function selectJwk(
  keys: JsonObject[],
  kid: string | undefined,
  alg: string | undefined,
): { key?: JsonObject; ambiguous: boolean } {
  if (kid !== undefined) {
    const named = keys.filter((key) => key.kid === kid);
    const key = named.find((k) => fitsAlg(k, alg)) ?? named[0];
    return { key, ambiguous: false };
  }
  const fitting = keys.filter((key) => fitsAlg(key, alg));
  if (fitting.length === 1) return { key: fitting[0], ambiguous: false };
  return { ambiguous: fitting.length > 1 };
}

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

/** Wraps base64 DER as PEM text with 64-character lines (RFC 7468). */
export function formatPem(label: string, base64: string): string {
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

function certificateAttempt(pem: string): Attempt {
  return { ok: true, report: { untrusted: true, keyText: pem, keyFormat: 'pem-certificate' } };
}

async function tryX5u(ctx: Context, url: string): Promise<Attempt> {
  const fetched = await fetchText(ctx, url, 'x5u', 'certificate', 'application/pem-certificate-chain, */*');
  if (!fetched.ok) return fetched;
  // RFC 7515 §4.1.5: the resource is a PEM certificate or chain; the first is the signer's.
  const [block] = scanPemBlocks(fetched.text, 'CERTIFICATE').filter((b) => b.body.trim() !== '');
  const match = block && [`-----BEGIN CERTIFICATE-----${block.body}-----END CERTIFICATE-----`];
  if (!match) {
    ctx.steps.push({
      source: 'x5u',
      role: 'certificate',
      url,
      outcome: 'not-certificate',
      status: fetched.status,
    });
    return { ok: false, problem: { code: 'discovery-not-certificate', url }, stage: Stage.KeySet };
  }
  ctx.steps.push({ source: 'x5u', role: 'certificate', url, outcome: 'ok', status: fetched.status });
  return certificateAttempt(match[0] + '\n');
}

function tryX5c(ctx: Context, x5c: unknown): Attempt {
  // RFC 7515 §4.1.6: an array of standard (not url-safe) base64 DER certificates, the signer's first.
  const first: unknown = Array.isArray(x5c) ? x5c[0] : undefined;
  let der: Uint8Array | undefined;
  if (typeof first === 'string') {
    try {
      der = decodeBase64(first);
    } catch {
      der = undefined;
    }
  }
  if (!der || der.length < 2 || der[0] !== 0x30) {
    ctx.steps.push({ source: 'x5c', role: 'embedded', outcome: 'not-certificate' });
    return { ok: false, problem: { code: 'discovery-not-certificate', url: undefined }, stage: Stage.KeySet };
  }
  ctx.steps.push({ source: 'x5c', role: 'embedded', outcome: 'ok' });
  return certificateAttempt(formatPem('CERTIFICATE', encodeBase64(der)));
}

function tryEmbeddedJwk(ctx: Context, jwk: unknown): Attempt {
  if (!isObject(jwk) || typeof jwk.kty !== 'string') {
    ctx.steps.push({ source: 'jwk', role: 'embedded', outcome: 'bad-jwk' });
    return { ok: false, problem: { code: 'discovery-bad-embedded-jwk' }, stage: Stage.KeySet };
  }
  ctx.steps.push({ source: 'jwk', role: 'embedded', outcome: 'ok' });
  return {
    ok: true,
    report: { untrusted: true, key: jwk, keyText: JSON.stringify(jwk, null, 2), keyFormat: 'jwk' },
  };
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
