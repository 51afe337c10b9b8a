// English wording of the token profile: each piece of evidence, each provider check and each hash result.
import { i18n } from '../i18n';
import { params } from '../params';

export const profileWordingMessages = i18n('profileWording', {
  typeIdToken: 'ID token',
  typeAccessToken: 'access token',
  typeLogoutToken: 'logout token (OIDC Back-Channel Logout)',
  typeDpopProof: 'DPoP proof (RFC 9449)',
  typeClientAssertion: 'client assertion (RFC 7523)',
  typeSdJwt: 'SD-JWT (RFC 9901)',
  typeUnknown: 'unknown kind of token',
  evEntraV2Issuer: 'iss (the v2.0 issuer login.microsoftonline.com/<tenant>/v2.0)',
  evEntraV1Issuer: 'iss (the v1.0 issuer sts.windows.net/<tenant>/)',
  evEntraVer: params('ver "{value}"'),
  evAuth0Issuer: 'iss (an *.auth0.com tenant)',
  evIssuerRootWithSlash: 'iss (https://<host>/, with the trailing slash Auth0 issuers have)',
  evAuth0ConnectionSub: params('sub "{value}" (connection|user id)'),
  evAuth0ClientSub: 'sub "<client id>@clients"',
  evNamespacedClaim: params('{where} (a namespaced custom claim)'),
  evCognitoIssuer: 'iss (a Cognito user pool, cognito-idp.<region>.amazonaws.com/<pool>)',
  evCognitoPrefixedClaim: params('{where} (cognito: prefix)'),
  evKeycloakRealm: 'iss (ends in /realms/<realm>)',
  evKeycloakTyp: params('typ claim "{value}"'),
  evGoogleIssuer: params('iss "{value}"'),
  evGoogleClientId: params('{where} (a Google OAuth client ID)'),
  evFirebaseIssuer: 'iss (securetoken.google.com/<project>)',
  evOktaIssuer: 'iss (an Okta org domain)',
  evOktaAuthorizationServer: 'iss (an Okta authorization server, /oauth2/<server>)',
  evOktaVer: 'ver 1',
  evOktaJti: params('jti "{value}…"'),
  evGithubActionsIssuer: 'iss (token.actions.githubusercontent.com)',
  evKubernetesLegacyClaim: params('{where} (a legacy service account secret token)'),
  evKubernetesLegacyIssuer: 'iss "kubernetes/serviceaccount"',
  evKubernetesIssuer: 'iss (a cluster’s service account issuer)',
  evKubernetesServiceAccountSub: 'sub (system:serviceaccount:<namespace>:<name>)',
  evTyp: params('header typ "{value}"'),
  evHeaderPresent: 'a public key (jwk) in the header',
  evSdJwtTilde: 'disclosures after ~ in the token',
  evBackchannelLogoutEvent: 'events (the back-channel logout event)',
  evIssEqualsSub: 'iss equal to sub',
  evTokenEndpointAudience: 'aud (a token endpoint)',
  evShortLived: 'exp (ten minutes or less after iat)',
  evTokenUse: params('token_use "{value}"'),
  evEntraNoClientClaims: 'no azp, appid or scp (only Entra access tokens name the client)',
  evUserinfoAudience: 'aud (includes the /userinfo endpoint)',
  evGoogleJwtsAreIdTokens: 'a Google JWT (Google’s access tokens are opaque, so its JWTs are ID tokens)',
  evFirebaseIdToken: 'firebase (only Firebase ID tokens carry it)',
  evGithubActionsIdToken: 'the workflow’s OIDC token (core.getIDToken())',
  evKubernetesServiceAccountToken:
    'a service account token (a bearer credential for the API server or, through aud, a cloud)',
  clientIdGuid: 'a client ID (GUID)',
  appIdUri: 'an App ID URI',
  idTokenAsAccessTokenType:
    'This is an ID token, but the expected type is at+jwt. An ID token tells the client who signed in; an API must not accept it as an access token (RFC 9068 §4, RFC 8725 §3.11).',
  idTokenAsAccessTokenAudience: params(
    'This is an ID token (its aud is the client), but the expected audience {audience} is an API. Send the API an access token, not the ID token.',
  ),
  accessTokenAsIdToken: params(
    'This is an access token, but the expected type {expectedType} asks for an ID token. An access token is for the API; the client must not treat it as proof of who signed in.',
  ),
  entraVersionIssuer: params(
    'ver is "{ver}" but iss has the v{issuerVersion} form: v1.0 tokens come from https://sts.windows.net/<tenant>/ and v2.0 tokens from https://login.microsoftonline.com/<tenant>/v2.0.',
  ),
  entraTenant: params('tid {tid} is not the tenant in iss ({issuerTenant}).'),
  entraExpectedIssuerVersion: params(
    'This is a v{issuerVersion} token, but the expected issuer {expected} is the other version’s form. The API’s app registration (requestedAccessTokenVersion in its manifest) decides the version of its access tokens: expect the issuer of that version.',
  ),
  entraAudienceForm: params(
    'The expected audience {expected} is {expectedForm}, but aud is {audForm} ({aud}). v2.0 tokens carry the API’s client ID; v1.0 tokens usually its App ID URI (api://…). Expect the form of the version you receive{thisOne}, or both.',
  ),
  entraThisOne: params(' (this one is {ver})'),
  cognitoTokenUseOk: params('token_use is "{tokenUse}", as expected.'),
  cognitoTokenUseIdInfo: params(
    'token_use is "{tokenUse}": a Cognito ID token. Check it on every Cognito token, as aws-jwt-verify’s tokenUse option does.',
  ),
  cognitoTokenUseAccessInfo: params(
    'token_use is "{tokenUse}": a Cognito access token. Check it on every Cognito token, as aws-jwt-verify’s tokenUse option does.',
  ),
  cognitoTokenUseExpectedId: params('token_use is "{tokenUse}", but an ID token is expected.'),
  cognitoTokenUseExpectedAccess: params('token_use is "{tokenUse}", but an access token is expected.'),
  cognitoTokenUseUnknown: params('token_use "{tokenUse}" is neither "id" nor "access".'),
  cognitoAccessHasNoAud:
    'This is a Cognito access token: it has no aud, so an expected audience cannot match. Check client_id against your app client instead (aws-jwt-verify’s clientId), or expect an ID token.',
  googleIssuerMismatch: params(
    'The expected issuer allows only "{expected}", but this token’s iss is "{iss}". Google issues ID tokens with either form and both are valid: accept both.',
  ),
  googleIssuerInfo: params(
    'iss is "{iss}". Google issues both accounts.google.com and https://accounts.google.com; both are valid, so a verifier should accept both.',
  ),
  githubSubjectOk: params('sub {sub} matches {pattern}.'),
  githubSubjectMismatch: params(
    'sub {sub} does not match {pattern} (* matches any characters). A cloud trust policy with this pattern would refuse the token.',
  ),
  logoutTokenNonce:
    'A logout token must not contain a nonce (OIDC Back-Channel Logout §2.4): that keeps it from passing as an ID token.',
  accessToken: 'access token',
  authorizationCode: 'authorization code',
  hashEmpty: params('Paste the {what} to check {claim}.'),
  hashAbsent: params('The token has no {claim} to compare with.'),
  hashUnsupported: params('{claim} cannot be checked for alg {alg}: it names no hash this browser has.'),
  hashOk: params('{claim} matches: the left half of the {hash} hash of the {what} is {computed}.'),
  hashMismatch: params(
    '{claim} does not match: the left half of the {hash} hash of the {what} is {computed}, the token says {expected}.',
  ),
  docsOfSpecification: 'the specification',
  docsOfProvider: params('{name}’s documentation'),
});
