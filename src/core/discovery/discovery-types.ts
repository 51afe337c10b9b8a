// Key discovery's data: where keys can come from, what was asked, what came back, and the fetch it is given.

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

/** How one step of a discovery ended. */
export const DISCOVERY_OUTCOMES = [
  'ok',
  'invalid-url',
  'not-https',
  'host-refused',
  'redirected',
  'too-large',
  'timeout',
  'cors-or-network',
  'http-error',
  'not-json',
  'issuer-mismatch',
  'no-jwks-uri',
  'not-jwks',
  'no-matching-key',
  'not-certificate',
  'bad-jwk',
  'aborted',
] as const;

export type DiscoveryOutcome = (typeof DISCOVERY_OUTCOMES)[number];

/** One thing discovery asked (a URL, or a header member) and what came back. */
export interface DiscoveryStep {
  source: DiscoverySourceKind;
  role: DiscoveryStepRole;
  url?: string;
  outcome: DiscoveryOutcome;
  /** The HTTP status, whenever a response arrived. */
  status?: number;
  /** Where the browser was redirected to (outcome `redirected`: another origin; or a refused host). */
  redirectedTo?: string;
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

/** The part of a `Response` discovery reads: the body as a stream when there is one, else `text()`. */
export type FetchResponse = Pick<Response, 'ok' | 'status' | 'text'> &
  Partial<Pick<Response, 'body' | 'url' | 'headers'>>;

/** The subset of `fetch` discovery needs, injected so tests never touch the network. */
export type FetchLike = (url: string, init?: RequestInit) => Promise<FetchResponse>;

export interface DiscoverOptions {
  fetch: FetchLike;
  /** The cancel button: aborting it stops the run (state error, `discovery-aborted`). */
  signal?: AbortSignal;
  /** Largest answer read, in bytes (default DISCOVERY_MAX_BYTES, 1 MB). */
  maxBytes?: number;
  /** Time allowed per URL, answer included (default DISCOVERY_TIMEOUT_MS, 10 s). */
  timeoutMs?: number;
}
