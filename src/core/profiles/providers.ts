// What each identity provider's tokens look like: issuer URL patterns and claims of its own, scored as evidence.

import type { Evidence, EvidenceWeight, ProviderId } from './types';
import type { JsonObject } from '../token/token';

export type KnownProvider = Exclude<ProviderId, 'unknown'>;

export interface ProviderInfo {
  id: KnownProvider;
  name: string;
  /** The provider's own page on the claims of its tokens. */
  docsUrl: string;
  /** Per token type, where the provider documents that kind specifically. */
  typeDocs?: Partial<Record<'id-token' | 'access-token', string>>;
  /** Where its metadata lives when the issuer alone does not lead there (see metadataNote in the UI). */
  metadataUrl?: (iss: string) => string | undefined;
  /** Scores the token's issuer and claims for this provider. */
  evidence: (payload: JsonObject) => Evidence[];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isGuid = (value: unknown): value is string => typeof value === 'string' && GUID.test(value);

const str = (payload: JsonObject, name: string): string | undefined =>
  typeof payload[name] === 'string' ? payload[name] : undefined;

const has = (payload: JsonObject, name: string): boolean =>
  Object.prototype.hasOwnProperty.call(payload, name);

function parseUrl(text: string | undefined): URL | undefined {
  if (text === undefined) return undefined;
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

const evidence = (where: string, code: string, weight: EvidenceWeight): Evidence => ({ where, code, weight });

/** One weak piece of evidence per listed claim the payload has. */
function claimHints(payload: JsonObject, names: string[], weight: EvidenceWeight = 1): Evidence[] {
  return names.filter((n) => has(payload, n)).map((n) => evidence(n, 'claim-present', weight));
}

const ENTRA_V2_HOSTS = [
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.partner.microsoftonline.cn',
  'login.chinacloudapi.cn',
];
const ENTRA_V1_HOSTS = ['sts.windows.net', 'sts.chinacloudapi.cn'];

export type EntraIssuer = { version: '1.0' | '2.0'; tenant: string };

/** Reads an Entra issuer: `https://sts.windows.net/<tid>/` (v1.0) or `https://login.microsoftonline.com/<tid>/v2.0`. */
export function readEntraIssuer(iss: string | undefined): EntraIssuer | undefined {
  const url = parseUrl(iss);
  if (!url || url.protocol !== 'https:') return undefined;
  const host = url.hostname.toLowerCase();
  const v2 = /^\/([0-9a-f-]{36})\/v2\.0\/?$/i.exec(url.pathname);
  if (v2 && isGuid(v2[1]) && (ENTRA_V2_HOSTS.includes(host) || /\.(b2clogin|ciamlogin)\.com$/.test(host))) {
    return { version: '2.0', tenant: v2[1] };
  }
  const v1 = /^\/([0-9a-f-]{36})\/$/i.exec(url.pathname);
  if (v1 && isGuid(v1[1]) && ENTRA_V1_HOSTS.includes(host)) return { version: '1.0', tenant: v1[1] };
  return undefined;
}

function entraEvidence(p: JsonObject): Evidence[] {
  const out: Evidence[] = [];
  const issuer = readEntraIssuer(str(p, 'iss'));
  if (issuer) out.push(evidence('iss', issuer.version === '2.0' ? 'entra-v2-issuer' : 'entra-v1-issuer', 3));
  if (isGuid(p.tid)) out.push(evidence('tid', 'claim-present', 1));
  if (isGuid(p.oid)) out.push(evidence('oid', 'claim-present', 1));
  if (p.ver === '1.0' || p.ver === '2.0') out.push(evidence('ver', 'entra-ver', 1));
  out.push(...claimHints(p, ['uti', 'rh', 'aio', 'appid', 'azpacr', 'appidacr', 'wids', 'idtyp']));
  return out;
}

function auth0Evidence(p: JsonObject): Evidence[] {
  const out: Evidence[] = [];
  const iss = parseUrl(str(p, 'iss'));
  const rootWithSlash = iss?.protocol === 'https:' && str(p, 'iss')?.endsWith('/') && iss.pathname === '/';
  if (rootWithSlash && /\.auth0\.com$/i.test(iss.hostname)) {
    out.push(evidence('iss', 'auth0-issuer', 3));
  } else if (rootWithSlash) {
    // A custom domain: Auth0 issuers are always `https://<host>/`, with the trailing slash.
    out.push(evidence('iss', 'issuer-root-with-slash', 1));
  }
  if (typeof p.gty === 'string') out.push(evidence('gty', 'claim-present', 2));
  const sub = str(p, 'sub') ?? '';
  if (/^[a-z0-9-]+\|./i.test(sub)) out.push(evidence('sub', 'auth0-connection-sub', 2));
  if (/@clients$/.test(sub)) out.push(evidence('sub', 'auth0-client-sub', 2));
  if (Array.isArray(p.permissions)) out.push(evidence('permissions', 'claim-present', 1));
  if (has(p, 'azp')) out.push(evidence('azp', 'claim-present', 1));
  const namespaced = Object.keys(p).find((k) => /^https?:\/\//.test(k));
  if (namespaced) out.push(evidence(namespaced, 'namespaced-claim', 1));
  return out;
}

/** `https://cognito-idp.<region>.amazonaws.com/<pool id>`: region and pool. */
export function readCognitoIssuer(iss: string | undefined): { region: string; pool: string } | undefined {
  const m = /^https:\/\/cognito-idp\.([a-z0-9-]+)\.amazonaws\.com\/([a-z0-9-]+_[A-Za-z0-9]+)$/.exec(
    iss ?? '',
  );
  return m?.[1] && m[2] ? { region: m[1], pool: m[2] } : undefined;
}

function cognitoEvidence(p: JsonObject): Evidence[] {
  const out: Evidence[] = [];
  if (readCognitoIssuer(str(p, 'iss'))) out.push(evidence('iss', 'cognito-issuer', 3));
  if (p.token_use === 'id' || p.token_use === 'access') out.push(evidence('token_use', 'claim-present', 1));
  const prefixed = Object.keys(p).find((k) => k.startsWith('cognito:'));
  if (prefixed) out.push(evidence(prefixed, 'cognito-prefixed-claim', 2));
  out.push(...claimHints(p, ['origin_jti', 'event_id']));
  return out;
}

const KEYCLOAK_TYP = ['Bearer', 'ID', 'Logout', 'Refresh', 'Offline', 'Serialized-ID'];

function keycloakEvidence(p: JsonObject): Evidence[] {
  const out: Evidence[] = [];
  const iss = parseUrl(str(p, 'iss'));
  if (iss && /^(\/auth)?\/realms\/[^/]+\/?$/.test(iss.pathname))
    out.push(evidence('iss', 'keycloak-realm', 2));
  if (typeof p.typ === 'string' && KEYCLOAK_TYP.includes(p.typ)) out.push(evidence('typ', 'keycloak-typ', 2));
  out.push(...claimHints(p, ['realm_access', 'resource_access', 'allowed-origins', 'session_state']));
  return out;
}

/** Google documents both forms of its issuer as valid. */
export const GOOGLE_ISSUERS = ['https://accounts.google.com', 'accounts.google.com'];

function googleEvidence(p: JsonObject): Evidence[] {
  const out: Evidence[] = [];
  const iss = str(p, 'iss');
  if (iss !== undefined && GOOGLE_ISSUERS.includes(iss)) out.push(evidence('iss', 'google-issuer', 3));
  if (str(p, 'azp')?.endsWith('.apps.googleusercontent.com'))
    out.push(evidence('azp', 'google-client-id', 1));
  if (str(p, 'aud')?.endsWith('.apps.googleusercontent.com'))
    out.push(evidence('aud', 'google-client-id', 1));
  out.push(...claimHints(p, ['hd']));
  return out;
}

/** `https://securetoken.google.com/<project id>`: the Firebase project. */
export function readFirebaseProject(iss: string | undefined): string | undefined {
  return /^https:\/\/securetoken\.google\.com\/([^/]+)$/.exec(iss ?? '')?.[1];
}

function firebaseEvidence(p: JsonObject): Evidence[] {
  const out: Evidence[] = [];
  if (readFirebaseProject(str(p, 'iss'))) out.push(evidence('iss', 'firebase-issuer', 3));
  const firebase = p.firebase;
  if (firebase && typeof firebase === 'object' && 'sign_in_provider' in firebase) {
    out.push(evidence('firebase', 'claim-present', 2));
  }
  out.push(...claimHints(p, ['user_id']));
  return out;
}

function oktaEvidence(p: JsonObject): Evidence[] {
  const out: Evidence[] = [];
  const iss = parseUrl(str(p, 'iss'));
  if (
    iss?.protocol === 'https:' &&
    /\.(okta|oktapreview|okta-emea|okta-gov|okta-mil)\.com$/i.test(iss.hostname)
  ) {
    out.push(evidence('iss', 'okta-issuer', 3));
  } else if (iss?.protocol === 'https:' && /^\/oauth2\/[^/]+$/.test(iss.pathname)) {
    // A custom domain in front of an Okta authorization server.
    out.push(evidence('iss', 'okta-authorization-server', 2));
  }
  out.push(...claimHints(p, ['cid', 'uid']));
  if (p.ver === 1) out.push(evidence('ver', 'okta-ver', 1));
  if (/^(AT|ID)\./.test(str(p, 'jti') ?? '')) out.push(evidence('jti', 'okta-jti', 1));
  return out;
}

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

function githubEvidence(p: JsonObject): Evidence[] {
  const out: Evidence[] = [];
  const iss = str(p, 'iss') ?? '';
  // Enterprise accounts may use a unique issuer: https://token.actions.githubusercontent.com/<enterprise>.
  if (iss === GITHUB_ACTIONS_ISSUER || iss.startsWith(`${GITHUB_ACTIONS_ISSUER}/`)) {
    out.push(evidence('iss', 'github-actions-issuer', 3));
  }
  if (typeof p.job_workflow_ref === 'string') out.push(evidence('job_workflow_ref', 'claim-present', 2));
  out.push(...claimHints(p, ['repository', 'repository_owner', 'runner_environment']));
  return out;
}

function kubernetesEvidence(p: JsonObject): Evidence[] {
  const out: Evidence[] = [];
  const k8s = p['kubernetes.io'];
  if (k8s && typeof k8s === 'object' && !Array.isArray(k8s))
    out.push(evidence('kubernetes.io', 'claim-present', 3));
  if (has(p, 'kubernetes.io/serviceaccount/namespace')) {
    out.push(evidence('kubernetes.io/serviceaccount/namespace', 'kubernetes-legacy-claim', 3));
  }
  const iss = str(p, 'iss');
  const host = parseUrl(iss)?.hostname ?? '';
  if (iss === 'kubernetes/serviceaccount') out.push(evidence('iss', 'kubernetes-legacy-issuer', 3));
  else if (
    /^kubernetes\.default\.svc(\.cluster\.local)?$/.test(host) ||
    /^oidc\.eks\.[a-z0-9-]+\.amazonaws\.com$/.test(host)
  ) {
    out.push(evidence('iss', 'kubernetes-issuer', 2));
  }
  if (/^system:serviceaccount:[^:]+:[^:]+$/.test(str(p, 'sub') ?? '')) {
    out.push(evidence('sub', 'kubernetes-service-account-sub', 2));
  }
  return out;
}

const MS = 'https://learn.microsoft.com/en-us/entra/identity-platform';

export const PROVIDERS: ProviderInfo[] = [
  {
    id: 'entra',
    name: 'Microsoft Entra ID',
    docsUrl: `${MS}/access-token-claims-reference`,
    typeDocs: {
      'id-token': `${MS}/id-token-claims-reference`,
      'access-token': `${MS}/access-token-claims-reference`,
    },
    evidence: entraEvidence,
  },
  {
    id: 'auth0',
    name: 'Auth0',
    docsUrl: 'https://auth0.com/docs/secure/tokens/json-web-tokens/json-web-token-claims',
    typeDocs: {
      'id-token': 'https://auth0.com/docs/secure/tokens/id-tokens/id-token-structure',
      'access-token': 'https://auth0.com/docs/secure/tokens/access-tokens/access-token-profiles',
    },
    evidence: auth0Evidence,
  },
  {
    id: 'cognito',
    name: 'Amazon Cognito',
    docsUrl:
      'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-with-identity-providers.html',
    typeDocs: {
      'id-token':
        'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html',
      'access-token':
        'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html',
    },
    evidence: cognitoEvidence,
  },
  {
    id: 'keycloak',
    name: 'Keycloak',
    docsUrl: 'https://www.keycloak.org/docs/latest/server_admin/#con-oidc_server_administration_guide',
    evidence: keycloakEvidence,
  },
  {
    id: 'google',
    name: 'Google',
    docsUrl: 'https://developers.google.com/identity/openid-connect/openid-connect#an-id-tokens-payload',
    // `accounts.google.com` without a scheme is not a URL the button can ask; Google's metadata is here.
    metadataUrl: () => 'https://accounts.google.com/.well-known/openid-configuration',
    evidence: googleEvidence,
  },
  {
    id: 'firebase',
    name: 'Firebase Authentication',
    docsUrl: 'https://firebase.google.com/docs/auth/admin/verify-id-tokens',
    evidence: firebaseEvidence,
  },
  {
    id: 'okta',
    name: 'Okta',
    docsUrl: 'https://developer.okta.com/docs/api/openapi/okta-oauth/guides/overview/#tokens-and-claims',
    evidence: oktaEvidence,
  },
  {
    id: 'github-actions',
    name: 'GitHub Actions OIDC',
    docsUrl:
      'https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect#understanding-the-oidc-token',
    evidence: githubEvidence,
  },
  {
    id: 'kubernetes',
    name: 'Kubernetes service account',
    docsUrl: 'https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/',
    evidence: kubernetesEvidence,
  },
];

export const providerInfo = (id: ProviderId): ProviderInfo | undefined => PROVIDERS.find((p) => p.id === id);
