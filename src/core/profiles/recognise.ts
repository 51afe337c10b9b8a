// Recognises who issued a token and what kind of token it is, from scored evidence: one weak hint never decides.

import { planDiscovery } from '../discovery/discovery';
import type { JsonObject } from '../token/token';
import { PROVIDERS, providerInfo } from './providers';
import type { KnownProvider } from './providers';
import type { Evidence, EvidenceWeight, KeysLocation, ProviderId, TokenProfile, TokenType } from './types';

export interface ProfileInput {
  header?: JsonObject;
  payload?: JsonObject;
  /** The pasted token text: a `~` in it marks an SD-JWT. */
  token?: string;
}

/** A verdict needs this much evidence in total, and at least one piece that is not weak. */
const DECIDE_AT = 3;

const BACKCHANNEL_LOGOUT = 'http://schemas.openid.net/event/backchannel-logout';

const TYPE_DOCS: Partial<Record<TokenType, string>> = {
  'id-token': 'https://openid.net/specs/openid-connect-core-1_0.html#IDToken',
  'access-token': 'https://www.rfc-editor.org/rfc/rfc9068',
  'logout-token': 'https://openid.net/specs/openid-connect-backchannel-1_0.html#LogoutToken',
  'dpop-proof': 'https://www.rfc-editor.org/rfc/rfc9449#section-4.2',
  'client-assertion': 'https://www.rfc-editor.org/rfc/rfc7523#section-3',
  'sd-jwt': 'https://www.rfc-editor.org/rfc/rfc9901',
};

const ev = (where: string, code: string, weight: EvidenceWeight): Evidence => ({ where, code, weight });

/** The header `typ` as RFC 8725 §3.11 compares it: lower case, without `application/`. */
export function normaliseTyp(typ: unknown): string | undefined {
  return typeof typ === 'string' ? typ.toLowerCase().replace(/^application\//, '') : undefined;
}

const total = (list: Evidence[]) => list.reduce((sum, e) => sum + e.weight, 0);
const decides = (list: Evidence[]) => total(list) >= DECIDE_AT && list.some((e) => e.weight >= 2);

/** The best-scored candidate that decides on its own; a tie between two candidates decides nothing. */
function pick<K extends string>(scored: [K, Evidence[]][]): [K, Evidence[]] | undefined {
  const deciding = scored.filter(([, list]) => decides(list)).sort((a, b) => total(b[1]) - total(a[1]));
  const [best, next] = deciding;
  if (!best || (next && total(next[1]) === total(best[1]))) return undefined;
  return best;
}

function audiences(payload: JsonObject): string[] {
  const aud = payload.aud;
  if (typeof aud === 'string') return [aud];
  return Array.isArray(aud) ? aud.filter((a): a is string => typeof a === 'string') : [];
}

/** A token endpoint URL, as RFC 7523 §3 client assertions name in `aud`. */
export function isTokenEndpoint(url: string): boolean {
  try {
    const { protocol, pathname } = new URL(url);
    return (protocol === 'https:' || protocol === 'http:') && /\/token\/?$/.test(pathname);
  } catch {
    return false;
  }
}

function hasBackchannelEvent(payload: JsonObject): boolean {
  const events = payload.events;
  return (
    events !== null &&
    typeof events === 'object' &&
    !Array.isArray(events) &&
    Object.prototype.hasOwnProperty.call(events, BACKCHANNEL_LOGOUT)
  );
}

type TypeScores = Record<Exclude<TokenType, 'unknown'>, Evidence[]>;

function typeEvidence(input: ProfileInput, provider: ProviderId): TypeScores {
  const h = input.header ?? {};
  const p = input.payload ?? {};
  const typ = normaliseTyp(h.typ);
  const s: TypeScores = {
    'id-token': [],
    'access-token': [],
    'logout-token': [],
    'dpop-proof': [],
    'client-assertion': [],
    'sd-jwt': [],
  };
  const present = (name: string) => Object.prototype.hasOwnProperty.call(p, name);

  // Explicit typing (RFC 8725 §3.11): each profile registers its own media type.
  if (typ === 'dpop+jwt') s['dpop-proof'].push(ev('header.typ', 'typ', 3));
  if (typ === 'at+jwt') s['access-token'].push(ev('header.typ', 'typ', 3));
  if (typ === 'logout+jwt') s['logout-token'].push(ev('header.typ', 'typ', 3));
  if (typ !== undefined && /\+sd-jwt$/.test(typ)) s['sd-jwt'].push(ev('header.typ', 'typ', 3));

  // RFC 9449 §4.2: a DPoP proof carries htm, htu and jti, and its public key in the header.
  for (const name of ['htm', 'htu']) if (present(name)) s['dpop-proof'].push(ev(name, 'claim-present', 1));
  if (h.jwk !== undefined && present('htm')) s['dpop-proof'].push(ev('header.jwk', 'header-present', 1));

  // RFC 9901: digests of disclosures, and disclosures after `~`.
  if (present('_sd_alg')) s['sd-jwt'].push(ev('_sd_alg', 'claim-present', 3));
  else if (Array.isArray(p._sd)) s['sd-jwt'].push(ev('_sd', 'claim-present', 2));
  if (input.token?.includes('~')) s['sd-jwt'].push(ev('token', 'sd-jwt-tilde', 3));

  // OIDC Back-Channel Logout §2.4: the events claim names the logout event.
  if (hasBackchannelEvent(p)) s['logout-token'].push(ev('events', 'backchannel-logout-event', 3));

  // ID tokens (OIDC Core §2, §3.1.3.6, §3.3.2.11).
  if (present('nonce')) s['id-token'].push(ev('nonce', 'claim-present', 2));
  for (const name of ['at_hash', 'c_hash', 's_hash']) {
    if (present(name)) s['id-token'].push(ev(name, 'claim-present', 3));
  }
  if (present('auth_time')) s['id-token'].push(ev('auth_time', 'claim-present', 1));

  // Access tokens: RFC 9068 §2.2 (client_id, scope), and the providers' own names for scopes.
  if (present('scope')) s['access-token'].push(ev('scope', 'claim-present', 2));
  if (present('scp')) s['access-token'].push(ev('scp', 'claim-present', 2));
  if (present('client_id')) s['access-token'].push(ev('client_id', 'claim-present', 2));

  // RFC 7523 §3: the client is both issuer and subject, the audience is the token endpoint.
  if (typeof p.iss === 'string' && p.iss !== '' && p.iss === p.sub) {
    s['client-assertion'].push(ev('sub', 'iss-equals-sub', 2));
    const endpoint = audiences(p).find(isTokenEndpoint);
    if (endpoint) s['client-assertion'].push(ev('aud', 'token-endpoint-audience', 2));
    if (present('jti')) s['client-assertion'].push(ev('jti', 'claim-present', 1));
    if (typeof p.exp === 'number' && typeof p.iat === 'number' && p.exp - p.iat <= 600) {
      s['client-assertion'].push(ev('exp', 'short-lived', 1));
    }
  }

  providerTypeEvidence(p, provider, s);
  return s;
}

/** What each provider's own claims say about the kind of token. */
function providerTypeEvidence(p: JsonObject, provider: ProviderId, s: TypeScores): void {
  const present = (name: string) => Object.prototype.hasOwnProperty.call(p, name);
  switch (provider) {
    case 'cognito':
      if (p.token_use === 'id') s['id-token'].push(ev('token_use', 'token-use', 3));
      if (p.token_use === 'access') s['access-token'].push(ev('token_use', 'token-use', 3));
      break;
    case 'keycloak':
      if (p.typ === 'ID') s['id-token'].push(ev('typ', 'keycloak-typ', 3));
      if (p.typ === 'Bearer') s['access-token'].push(ev('typ', 'keycloak-typ', 3));
      if (p.typ === 'Logout') s['logout-token'].push(ev('typ', 'keycloak-typ', 3));
      break;
    case 'entra':
      // Only access tokens carry how the client authenticated (azpacr v2.0, appidacr v1.0) and idtyp.
      for (const name of ['azpacr', 'appidacr', 'idtyp']) {
        if (present(name)) s['access-token'].push(ev(name, 'claim-present', 2));
      }
      if (present('roles')) s['access-token'].push(ev('roles', 'claim-present', 1));
      // Entra ID tokens name no client of their own: azp / appid appear only in access tokens.
      if (!present('azp') && !present('appid') && !present('scp')) {
        s['id-token'].push(ev('aud', 'entra-no-client-claims', 2));
      }
      break;
    case 'auth0':
      if (present('gty')) s['access-token'].push(ev('gty', 'claim-present', 2));
      // Client-credentials tokens are about the client itself: sub is `<client id>@clients`.
      if (/@clients$/.test(String(p.sub))) s['access-token'].push(ev('sub', 'auth0-client-sub', 2));
      if (Array.isArray(p.permissions)) s['access-token'].push(ev('permissions', 'claim-present', 1));
      if (audiences(p).some((a) => /\/userinfo$/.test(a)))
        s['access-token'].push(ev('aud', 'userinfo-audience', 2));
      break;
    case 'okta':
      if (present('cid')) s['access-token'].push(ev('cid', 'claim-present', 2));
      if (/^AT\./.test(String(p.jti))) s['access-token'].push(ev('jti', 'okta-jti', 1));
      if (/^ID\./.test(String(p.jti))) s['id-token'].push(ev('jti', 'okta-jti', 2));
      if (present('idp') && present('amr')) s['id-token'].push(ev('idp', 'claim-present', 1));
      break;
    case 'google':
      // Google's access tokens are opaque: a JWT from accounts.google.com is an ID token.
      if (present('aud')) s['id-token'].push(ev('iss', 'google-jwts-are-id-tokens', 3));
      break;
    case 'firebase':
      if (present('firebase')) s['id-token'].push(ev('firebase', 'firebase-id-token', 3));
      break;
    case 'github-actions':
      // The workflow asks for it with core.getIDToken(): an OIDC ID token about the workflow run.
      s['id-token'].push(ev('iss', 'github-actions-id-token', 3));
      break;
    case 'kubernetes':
      // A bearer credential for the API server (or, through its aud, for a cloud's token exchange).
      s['access-token'].push(ev('sub', 'kubernetes-service-account-token', 3));
      break;
  }
}

function documentation(provider: ProviderId, tokenType: TokenType): string | undefined {
  const info = providerInfo(provider);
  if (!info) return TYPE_DOCS[tokenType];
  const typed =
    tokenType === 'id-token' || tokenType === 'access-token' ? info.typeDocs?.[tokenType] : undefined;
  return typed ?? info.docsUrl;
}

/** The metadata URL discovery asks first for this issuer, or where the provider publishes it. */
function keysLocation(
  provider: ProviderId,
  header: JsonObject | undefined,
  payload: JsonObject | undefined,
): KeysLocation | undefined {
  const first = planDiscovery(header, payload).sources.find((s) => !s.untrusted)?.url;
  if (first) return { url: first, askedByButton: true };
  const iss = typeof payload?.iss === 'string' ? payload.iss : undefined;
  const known = iss !== undefined ? providerInfo(provider)?.metadataUrl?.(iss) : undefined;
  return known ? { url: known, askedByButton: false } : undefined;
}

/** Recognises the provider and the token type, with the evidence for each; `unknown` unless the evidence decides. */
export function recogniseProfile(input: ProfileInput): TokenProfile {
  const payload = input.payload ?? {};
  const scored = PROVIDERS.map((p): [KnownProvider, Evidence[]] => [p.id, p.evidence(payload)]);
  const provider = pick(scored);
  const providerId: ProviderId = provider?.[0] ?? 'unknown';
  const types = Object.entries(typeEvidence(input, providerId)) as [
    Exclude<TokenType, 'unknown'>,
    Evidence[],
  ][];
  const type = pick(types);
  const tokenType: TokenType = type?.[0] ?? 'unknown';
  return {
    provider: providerId,
    providerEvidence: provider?.[1] ?? [],
    tokenType,
    typeEvidence: type?.[1] ?? [],
    docsUrl: documentation(providerId, tokenType),
    keys: providerId === 'unknown' ? undefined : keysLocation(providerId, input.header, input.payload),
  };
}
