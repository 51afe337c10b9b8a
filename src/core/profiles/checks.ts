// Provider-aware checks: mistakes that only make sense once you know who issued the token and what it is for.

import type { JsonObject } from '../token/token';
import { GOOGLE_ISSUERS, isGuid, readEntraIssuer } from './providers';
import { normaliseTyp } from './recognise';
import type { ProviderId, TokenProfile } from './types';

export type ProfileCheckStatus = 'ok' | 'mismatch' | 'info';

export type ProfileCheck = { status: ProfileCheckStatus } & (
  | { code: 'id-token-as-access-token'; because: 'expected-type' | 'expected-audience'; audience?: string }
  | { code: 'access-token-as-id-token'; expectedType: string }
  | { code: 'entra-version-issuer'; ver: string; issuerVersion: '1.0' | '2.0' }
  | { code: 'entra-tenant'; tid: string; issuerTenant: string }
  | { code: 'entra-expected-issuer-version'; issuerVersion: '1.0' | '2.0'; expected: string }
  | { code: 'entra-audience-form'; aud: string; expected: string; ver?: string }
  | { code: 'cognito-token-use'; tokenUse: string; expected?: 'id' | 'access' }
  | { code: 'cognito-access-has-no-aud' }
  | { code: 'google-issuer-form'; iss: string; expected?: string }
  | { code: 'github-subject'; sub: string; pattern: string }
  | { code: 'logout-token-nonce' }
);

export interface ProfileCheckInput {
  profile: TokenProfile;
  header?: JsonObject;
  payload?: JsonObject;
  /** The `expected-type` input (e.g. `at+jwt`), when the page has one; empty or absent = not set. */
  expectedType?: string;
  /** The `expected-audience` values. */
  expectedAudience?: string[];
  /** The `expected-issuer` values. */
  expectedIssuer?: string[];
  /** The `expected-subject` values; `*` is a wildcard for the GitHub Actions subject check. */
  expectedSubject?: string[];
}

const audiences = (payload: JsonObject): string[] => {
  const aud = payload.aud;
  if (typeof aud === 'string') return [aud];
  return Array.isArray(aud) ? aud.filter((a): a is string => typeof a === 'string') : [];
};

/** An audience that names an API (a URL or an `api://` URI) rather than a client ID. */
export function looksLikeApi(audience: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(audience) || audience.startsWith('urn:');
}

/** Matches a subject against a pattern where `*` stands for any run of characters (GitHub's sub syntax). */
export function matchesSubjectPattern(subject: string, pattern: string): boolean {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`, 's').test(subject);
}

/** What the expected type asks for: `at+jwt` is an access token (RFC 9068); anything else says nothing here. */
function expectedKind(expectedType: string | undefined): 'access' | 'id' | undefined {
  const typ = normaliseTyp(expectedType?.trim() || undefined);
  if (typ === 'at+jwt') return 'access';
  if (typ === 'id+jwt' || typ === 'id_token+jwt') return 'id';
  return undefined;
}

function tokenKindChecks(input: ProfileCheckInput, payload: JsonObject): ProfileCheck[] {
  const { profile } = input;
  const kind = expectedKind(input.expectedType);
  if (profile.tokenType === 'id-token') {
    if (kind === 'access')
      return [{ code: 'id-token-as-access-token', status: 'mismatch', because: 'expected-type' }];
    // Without an expected type: an ID token's aud is the client; an API audience means it was sent to an API.
    const aud = audiences(payload);
    const api = (input.expectedAudience ?? []).find((a) => looksLikeApi(a) && !aud.includes(a));
    if (api !== undefined && !aud.some(looksLikeApi)) {
      return [
        { code: 'id-token-as-access-token', status: 'mismatch', because: 'expected-audience', audience: api },
      ];
    }
  }
  if (profile.tokenType === 'access-token' && kind === 'id') {
    return [{ code: 'access-token-as-id-token', status: 'mismatch', expectedType: input.expectedType ?? '' }];
  }
  return [];
}

function entraChecks(input: ProfileCheckInput, p: JsonObject): ProfileCheck[] {
  const out: ProfileCheck[] = [];
  const issuer = readEntraIssuer(typeof p.iss === 'string' ? p.iss : undefined);
  if (!issuer) return out;
  if ((p.ver === '1.0' || p.ver === '2.0') && p.ver !== issuer.version) {
    out.push({ code: 'entra-version-issuer', status: 'mismatch', ver: p.ver, issuerVersion: issuer.version });
  }
  if (isGuid(p.tid) && p.tid.toLowerCase() !== issuer.tenant.toLowerCase()) {
    out.push({ code: 'entra-tenant', status: 'mismatch', tid: p.tid, issuerTenant: issuer.tenant });
  }
  const expectedIssuers = input.expectedIssuer ?? [];
  if (expectedIssuers.length > 0 && !expectedIssuers.includes(String(p.iss))) {
    const other = expectedIssuers.find((e) => {
      const read = readEntraIssuer(e);
      return read !== undefined && read.version !== issuer.version;
    });
    if (other)
      out.push({
        code: 'entra-expected-issuer-version',
        status: 'mismatch',
        issuerVersion: issuer.version,
        expected: other,
      });
  }
  const aud = audiences(p);
  const expectedAudiences = input.expectedAudience ?? [];
  const only = aud.length === 1 ? aud[0] : undefined;
  if (only !== undefined && expectedAudiences.length > 0 && !expectedAudiences.includes(only)) {
    // v2.0 tokens carry the API's client ID (a GUID); v1.0 tokens its App ID URI (api://… or https://…).
    const crossed = expectedAudiences.find((e) => isGuid(e) !== isGuid(only));
    if (crossed !== undefined) {
      out.push({
        code: 'entra-audience-form',
        status: 'mismatch',
        aud: only,
        expected: crossed,
        ver: typeof p.ver === 'string' ? p.ver : undefined,
      });
    }
  }
  return out;
}

function cognitoChecks(input: ProfileCheckInput, p: JsonObject): ProfileCheck[] {
  const tokenUse = typeof p.token_use === 'string' ? p.token_use : undefined;
  if (tokenUse === undefined) return [];
  if (tokenUse !== 'id' && tokenUse !== 'access')
    return [{ code: 'cognito-token-use', status: 'mismatch', tokenUse }];
  // The kind expected: from expected-type, else an expected audience means an ID token (only they carry aud).
  const kind = expectedKind(input.expectedType);
  const expected = kind ?? ((input.expectedAudience ?? []).length > 0 ? 'id' : undefined);
  if (expected === undefined) return [{ code: 'cognito-token-use', status: 'info', tokenUse }];
  if (expected === tokenUse) return [{ code: 'cognito-token-use', status: 'ok', tokenUse, expected }];
  if (tokenUse === 'access' && kind === undefined)
    return [{ code: 'cognito-access-has-no-aud', status: 'mismatch' }];
  return [{ code: 'cognito-token-use', status: 'mismatch', tokenUse, expected }];
}

function googleChecks(input: ProfileCheckInput, p: JsonObject): ProfileCheck[] {
  const iss = String(p.iss);
  if (!GOOGLE_ISSUERS.includes(iss)) return [];
  // Google: "The value of iss in the ID token is equal to accounts.google.com or https://accounts.google.com."
  const expected = (input.expectedIssuer ?? []).find((e) => GOOGLE_ISSUERS.includes(e) && e !== iss);
  const acceptsIt = (input.expectedIssuer ?? []).includes(iss);
  if (expected !== undefined && !acceptsIt)
    return [{ code: 'google-issuer-form', status: 'mismatch', iss, expected }];
  return [{ code: 'google-issuer-form', status: 'info', iss }];
}

function githubChecks(input: ProfileCheckInput, p: JsonObject): ProfileCheck[] {
  const patterns = input.expectedSubject ?? [];
  if (patterns.length === 0 || typeof p.sub !== 'string') return [];
  const sub = p.sub;
  const hit = patterns.find((pattern) => matchesSubjectPattern(sub, pattern));
  return [
    {
      code: 'github-subject',
      status: hit !== undefined ? 'ok' : 'mismatch',
      sub,
      pattern: hit ?? patterns.join(', '),
    },
  ];
}

type ProviderChecks = (input: ProfileCheckInput, p: JsonObject) => ProfileCheck[];

/** The providers with checks of their own; the others get only the token-kind checks. */
const PROVIDER_CHECKS: Partial<Record<ProviderId, ProviderChecks>> = {
  entra: entraChecks,
  cognito: cognitoChecks,
  google: googleChecks,
  'github-actions': githubChecks,
};

/** Checks that depend on the recognised provider and token type; each says ok, mismatch, or just informs. */
export function checkProfile(input: ProfileCheckInput): ProfileCheck[] {
  const p = input.payload ?? {};
  const out = tokenKindChecks(input, p);
  out.push(...(PROVIDER_CHECKS[input.profile.provider]?.(input, p) ?? []));
  // OIDC Back-Channel Logout §2.4: a logout token MUST NOT contain a nonce, so it cannot pass as an ID token.
  if (input.profile.tokenType === 'logout-token' && Object.prototype.hasOwnProperty.call(p, 'nonce')) {
    out.push({ code: 'logout-token-nonce', status: 'mismatch' });
  }
  return out;
}
