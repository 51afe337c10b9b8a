// Words for the token profile: what each piece of evidence, each check and each hash result means to a person.

import type { Evidence, HashCheck, ProfileCheck, ProviderId, TokenType } from '../../core/profiles';
import type { JsonObject } from '../../core/token';

export const TYPE_NAMES: Record<TokenType, string> = {
  'id-token': 'ID token',
  'access-token': 'access token',
  'logout-token': 'logout token (OIDC Back-Channel Logout)',
  'dpop-proof': 'DPoP proof (RFC 9449)',
  'client-assertion': 'client assertion (RFC 7523)',
  'sd-jwt': 'SD-JWT (RFC 9901)',
  unknown: 'unknown kind of token',
};

const show = (value: unknown): string => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text === undefined ? '' : text.length > 60 ? `${text.slice(0, 60)}…` : text;
};

/** One short phrase per piece of evidence, naming the claim (or header member) it came from. */
export function describeEvidence(e: Evidence, header: JsonObject, payload: JsonObject): string {
  const value = (name: string) => show(payload[name]);
  switch (e.code) {
    case 'entra-v2-issuer':
      return 'iss (the v2.0 issuer login.microsoftonline.com/<tenant>/v2.0)';
    case 'entra-v1-issuer':
      return 'iss (the v1.0 issuer sts.windows.net/<tenant>/)';
    case 'entra-ver':
      return `ver "${value('ver')}"`;
    case 'auth0-issuer':
      return 'iss (an *.auth0.com tenant)';
    case 'issuer-root-with-slash':
      return 'iss (https://<host>/, with the trailing slash Auth0 issuers have)';
    case 'auth0-connection-sub':
      return `sub "${value('sub')}" (connection|user id)`;
    case 'auth0-client-sub':
      return 'sub "<client id>@clients"';
    case 'namespaced-claim':
      return `${e.where} (a namespaced custom claim)`;
    case 'cognito-issuer':
      return 'iss (a Cognito user pool, cognito-idp.<region>.amazonaws.com/<pool>)';
    case 'cognito-prefixed-claim':
      return `${e.where} (cognito: prefix)`;
    case 'keycloak-realm':
      return 'iss (ends in /realms/<realm>)';
    case 'keycloak-typ':
      return `typ claim "${value('typ')}"`;
    case 'google-issuer':
      return `iss "${value('iss')}"`;
    case 'google-client-id':
      return `${e.where} (a Google OAuth client ID)`;
    case 'firebase-issuer':
      return 'iss (securetoken.google.com/<project>)';
    case 'okta-issuer':
      return 'iss (an Okta org domain)';
    case 'okta-authorization-server':
      return 'iss (an Okta authorization server, /oauth2/<server>)';
    case 'okta-ver':
      return 'ver 1';
    case 'okta-jti':
      return `jti "${value('jti').slice(0, 3)}…"`;
    case 'github-actions-issuer':
      return 'iss (token.actions.githubusercontent.com)';
    case 'kubernetes-legacy-claim':
      return `${e.where} (a legacy service account secret token)`;
    case 'kubernetes-legacy-issuer':
      return 'iss "kubernetes/serviceaccount"';
    case 'kubernetes-issuer':
      return 'iss (a cluster’s service account issuer)';
    case 'kubernetes-service-account-sub':
      return 'sub (system:serviceaccount:<namespace>:<name>)';
    case 'typ':
      return `header typ "${show(header.typ)}"`;
    case 'header-present':
      return 'a public key (jwk) in the header';
    case 'sd-jwt-tilde':
      return 'disclosures after ~ in the token';
    case 'backchannel-logout-event':
      return 'events (the back-channel logout event)';
    case 'iss-equals-sub':
      return 'iss equal to sub';
    case 'token-endpoint-audience':
      return 'aud (a token endpoint)';
    case 'short-lived':
      return 'exp (ten minutes or less after iat)';
    case 'token-use':
      return `token_use "${value('token_use')}"`;
    case 'entra-no-client-claims':
      return 'no azp, appid or scp (only Entra access tokens name the client)';
    case 'userinfo-audience':
      return 'aud (includes the /userinfo endpoint)';
    case 'google-jwts-are-id-tokens':
      return 'a Google JWT (Google’s access tokens are opaque, so its JWTs are ID tokens)';
    case 'firebase-id-token':
      return 'firebase (only Firebase ID tokens carry it)';
    case 'github-actions-id-token':
      return 'the workflow’s OIDC token (core.getIDToken())';
    case 'kubernetes-service-account-token':
      return 'a service account token (a bearer credential for the API server or, through aud, a cloud)';
    default:
      return e.where;
  }
}

const guidOrUri = (value: string) =>
  /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(value) ? 'a client ID (GUID)' : 'an App ID URI';

/** The sentence for one provider-aware check. */
export function describeProfileCheck(check: ProfileCheck): string {
  switch (check.code) {
    case 'id-token-as-access-token':
      return check.because === 'expected-type'
        ? 'This is an ID token, but the expected type is at+jwt. An ID token tells the client who signed in; an API must not accept it as an access token (RFC 9068 §4, RFC 8725 §3.11).'
        : `This is an ID token (its aud is the client), but the expected audience ${check.audience ?? ''} is an API. Send the API an access token, not the ID token.`;
    case 'access-token-as-id-token':
      return `This is an access token, but the expected type ${check.expectedType} asks for an ID token. An access token is for the API; the client must not treat it as proof of who signed in.`;
    case 'entra-version-issuer':
      return `ver is "${check.ver}" but iss has the v${check.issuerVersion} form: v1.0 tokens come from https://sts.windows.net/<tenant>/ and v2.0 tokens from https://login.microsoftonline.com/<tenant>/v2.0.`;
    case 'entra-tenant':
      return `tid ${check.tid} is not the tenant in iss (${check.issuerTenant}).`;
    case 'entra-expected-issuer-version':
      return `This is a v${check.issuerVersion} token, but the expected issuer ${check.expected} is the other version’s form. The API’s app registration (requestedAccessTokenVersion in its manifest) decides the version of its access tokens: expect the issuer of that version.`;
    case 'entra-audience-form':
      return `The expected audience ${check.expected} is ${guidOrUri(check.expected)}, but aud is ${guidOrUri(check.aud)} (${check.aud}). v2.0 tokens carry the API’s client ID; v1.0 tokens usually its App ID URI (api://…). Expect the form of the version you receive${check.ver ? ` (this one is ${check.ver})` : ''}, or both.`;
    case 'cognito-token-use':
      if (check.status === 'ok') return `token_use is "${check.tokenUse}", as expected.`;
      if (check.status === 'info') {
        return `token_use is "${check.tokenUse}": a Cognito ${check.tokenUse === 'id' ? 'ID' : 'access'} token. Check it on every Cognito token, as aws-jwt-verify’s tokenUse option does.`;
      }
      return check.expected
        ? `token_use is "${check.tokenUse}", but ${check.expected === 'id' ? 'an ID' : 'an access'} token is expected.`
        : `token_use "${check.tokenUse}" is neither "id" nor "access".`;
    case 'cognito-access-has-no-aud':
      return 'This is a Cognito access token: it has no aud, so an expected audience cannot match. Check client_id against your app client instead (aws-jwt-verify’s clientId), or expect an ID token.';
    case 'google-issuer-form':
      return check.status === 'mismatch'
        ? `The expected issuer allows only "${check.expected ?? ''}", but this token’s iss is "${check.iss}". Google issues ID tokens with either form and both are valid: accept both.`
        : `iss is "${check.iss}". Google issues both accounts.google.com and https://accounts.google.com; both are valid, so a verifier should accept both.`;
    case 'github-subject':
      return check.status === 'ok'
        ? `sub ${check.sub} matches ${check.pattern}.`
        : `sub ${check.sub} does not match ${check.pattern} (* matches any characters). A cloud trust policy with this pattern would refuse the token.`;
    case 'logout-token-nonce':
      return 'A logout token must not contain a nonce (OIDC Back-Channel Logout §2.4): that keeps it from passing as an ID token.';
  }
}

/** The sentence under an at_hash / c_hash field. */
export function describeHashCheck(check: HashCheck, claim: 'at_hash' | 'c_hash'): string {
  const what = claim === 'at_hash' ? 'access token' : 'authorization code';
  switch (check.state) {
    case 'empty':
      return `Paste the ${what} to check ${claim}.`;
    case 'absent':
      return `The token has no ${claim} to compare with.`;
    case 'unsupported':
      return `${claim} cannot be checked for alg ${check.alg}: it names no hash this browser has.`;
    case 'ok':
      return `${claim} matches: the left half of the ${check.hash} hash of the ${what} is ${check.computed}.`;
    case 'mismatch':
      return `${claim} does not match: the left half of the ${check.hash} hash of the ${what} is ${check.computed}, the token says ${check.expected}.`;
  }
}

export const providerDocsName = (provider: ProviderId, name: string | undefined): string =>
  provider === 'unknown' ? 'the specification' : `${name ?? provider}’s documentation`;
