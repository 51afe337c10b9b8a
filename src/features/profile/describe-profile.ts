// Words for the token profile: what each piece of evidence, each check and each hash result means to a person.
// `t` is the current language's wording (the panel passes `useMessages(profileWordingMessages)`).
import type { Evidence, HashCheck, ProfileCheck, ProviderId, TokenType } from '../../core/profiles';
import type { JsonObject } from '../../core/token';
import type { MessagesOf } from '../../i18n/catalogue';
import { profileWordingMessages } from '../../i18n/en/profile-wording';

type Words = MessagesOf<typeof profileWordingMessages>;

const TYPE_KEYS = {
  'id-token': 'typeIdToken',
  'access-token': 'typeAccessToken',
  'logout-token': 'typeLogoutToken',
  'dpop-proof': 'typeDpopProof',
  'client-assertion': 'typeClientAssertion',
  'sd-jwt': 'typeSdJwt',
  unknown: 'typeUnknown',
} as const satisfies Record<TokenType, keyof Words>;

/** The kind of token, in words: "ID token", "DPoP proof (RFC 9449)". */
export function typeName(type: TokenType, t: Words = profileWordingMessages.get()): string {
  return t[TYPE_KEYS[type]];
}

const show = (value: unknown): string => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text === undefined ? '' : text.length > 60 ? `${text.slice(0, 60)}…` : text;
};

/** One short phrase per piece of evidence, naming the claim (or header member) it came from. */
export function describeEvidence(
  e: Evidence,
  header: JsonObject,
  payload: JsonObject,
  t: Words = profileWordingMessages.get(),
): string {
  const value = (name: string) => show(payload[name]);
  const where = e.where;
  switch (e.code) {
    case 'entra-v2-issuer':
      return t.evEntraV2Issuer;
    case 'entra-v1-issuer':
      return t.evEntraV1Issuer;
    case 'entra-ver':
      return t.evEntraVer({ value: value('ver') });
    case 'auth0-issuer':
      return t.evAuth0Issuer;
    case 'issuer-root-with-slash':
      return t.evIssuerRootWithSlash;
    case 'auth0-connection-sub':
      return t.evAuth0ConnectionSub({ value: value('sub') });
    case 'auth0-client-sub':
      return t.evAuth0ClientSub;
    case 'namespaced-claim':
      return t.evNamespacedClaim({ where });
    case 'cognito-issuer':
      return t.evCognitoIssuer;
    case 'cognito-prefixed-claim':
      return t.evCognitoPrefixedClaim({ where });
    case 'keycloak-realm':
      return t.evKeycloakRealm;
    case 'keycloak-typ':
      return t.evKeycloakTyp({ value: value('typ') });
    case 'google-issuer':
      return t.evGoogleIssuer({ value: value('iss') });
    case 'google-client-id':
      return t.evGoogleClientId({ where });
    case 'firebase-issuer':
      return t.evFirebaseIssuer;
    case 'okta-issuer':
      return t.evOktaIssuer;
    case 'okta-authorization-server':
      return t.evOktaAuthorizationServer;
    case 'okta-ver':
      return t.evOktaVer;
    case 'okta-jti':
      return t.evOktaJti({ value: value('jti').slice(0, 3) });
    case 'github-actions-issuer':
      return t.evGithubActionsIssuer;
    case 'kubernetes-legacy-claim':
      return t.evKubernetesLegacyClaim({ where });
    case 'kubernetes-legacy-issuer':
      return t.evKubernetesLegacyIssuer;
    case 'kubernetes-issuer':
      return t.evKubernetesIssuer;
    case 'kubernetes-service-account-sub':
      return t.evKubernetesServiceAccountSub;
    case 'typ':
      return t.evTyp({ value: show(header.typ) });
    case 'header-present':
      return t.evHeaderPresent;
    case 'sd-jwt-tilde':
      return t.evSdJwtTilde;
    case 'backchannel-logout-event':
      return t.evBackchannelLogoutEvent;
    case 'iss-equals-sub':
      return t.evIssEqualsSub;
    case 'token-endpoint-audience':
      return t.evTokenEndpointAudience;
    case 'short-lived':
      return t.evShortLived;
    case 'token-use':
      return t.evTokenUse({ value: value('token_use') });
    case 'entra-no-client-claims':
      return t.evEntraNoClientClaims;
    case 'userinfo-audience':
      return t.evUserinfoAudience;
    case 'google-jwts-are-id-tokens':
      return t.evGoogleJwtsAreIdTokens;
    case 'firebase-id-token':
      return t.evFirebaseIdToken;
    case 'github-actions-id-token':
      return t.evGithubActionsIdToken;
    case 'kubernetes-service-account-token':
      return t.evKubernetesServiceAccountToken;
    default:
      return where;
  }
}

const guidOrUri = (value: string, t: Words) =>
  /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(value) ? t.clientIdGuid : t.appIdUri;

/** The sentence for one provider-aware check. */
export function describeProfileCheck(check: ProfileCheck, t: Words = profileWordingMessages.get()): string {
  switch (check.code) {
    case 'id-token-as-access-token':
      return check.because === 'expected-type'
        ? t.idTokenAsAccessTokenType
        : t.idTokenAsAccessTokenAudience({ audience: check.audience ?? '' });
    case 'access-token-as-id-token':
      return t.accessTokenAsIdToken({ expectedType: check.expectedType });
    case 'entra-version-issuer':
      return t.entraVersionIssuer({ ver: check.ver, issuerVersion: check.issuerVersion });
    case 'entra-tenant':
      return t.entraTenant({ tid: check.tid, issuerTenant: check.issuerTenant });
    case 'entra-expected-issuer-version':
      return t.entraExpectedIssuerVersion({ issuerVersion: check.issuerVersion, expected: check.expected });
    case 'entra-audience-form':
      return t.entraAudienceForm({
        expected: check.expected,
        expectedForm: guidOrUri(check.expected, t),
        audForm: guidOrUri(check.aud, t),
        aud: check.aud,
        thisOne: check.ver ? t.entraThisOne({ ver: check.ver }) : '',
      });
    case 'cognito-token-use':
      if (check.status === 'ok') return t.cognitoTokenUseOk({ tokenUse: check.tokenUse });
      if (check.status === 'info') {
        return check.tokenUse === 'id'
          ? t.cognitoTokenUseIdInfo({ tokenUse: check.tokenUse })
          : t.cognitoTokenUseAccessInfo({ tokenUse: check.tokenUse });
      }
      if (!check.expected) return t.cognitoTokenUseUnknown({ tokenUse: check.tokenUse });
      return check.expected === 'id'
        ? t.cognitoTokenUseExpectedId({ tokenUse: check.tokenUse })
        : t.cognitoTokenUseExpectedAccess({ tokenUse: check.tokenUse });
    case 'cognito-access-has-no-aud':
      return t.cognitoAccessHasNoAud;
    case 'google-issuer-form':
      return check.status === 'mismatch'
        ? t.googleIssuerMismatch({ expected: check.expected ?? '', iss: check.iss })
        : t.googleIssuerInfo({ iss: check.iss });
    case 'github-subject':
      return check.status === 'ok'
        ? t.githubSubjectOk({ sub: check.sub, pattern: check.pattern })
        : t.githubSubjectMismatch({ sub: check.sub, pattern: check.pattern });
    case 'logout-token-nonce':
      return t.logoutTokenNonce;
  }
}

/** The sentence under an at_hash / c_hash field. */
export function describeHashCheck(
  check: HashCheck,
  claim: 'at_hash' | 'c_hash',
  t: Words = profileWordingMessages.get(),
): string {
  const what = claim === 'at_hash' ? t.accessToken : t.authorizationCode;
  switch (check.state) {
    case 'empty':
      return t.hashEmpty({ what, claim });
    case 'absent':
      return t.hashAbsent({ claim });
    case 'unsupported':
      return t.hashUnsupported({ claim, alg: check.alg });
    case 'ok':
      return t.hashOk({ claim, hash: check.hash, what, computed: check.computed });
    case 'mismatch':
      return t.hashMismatch({
        claim,
        hash: check.hash,
        what,
        computed: check.computed,
        expected: check.expected,
      });
  }
}

export const providerDocsName = (
  provider: ProviderId,
  name: string | undefined,
  t: Words = profileWordingMessages.get(),
): string => (provider === 'unknown' ? t.docsOfSpecification : t.docsOfProvider({ name: name ?? provider }));
