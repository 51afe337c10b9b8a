// Key discovery's plan: what will be asked, in order, worked out from the token without fetching.

import { trimTrailing } from '../shared/text-scan';
import type { DiscoveryProblem } from '../shared/problems';
import type { JsonObject } from '../token/token';
import type { DiscoveryPlan, DiscoverySource } from './discovery-types';

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

export function readString(object: JsonObject | undefined, name: string): string | undefined {
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
