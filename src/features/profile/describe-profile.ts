// Words for the token profile: what each piece of evidence, each check and each hash result means to a person.
// `t` is the current language's wording (the panel passes `useMessages(profileWordingMessages)`).
import type { Evidence, HashCheck, ProfileCheck, ProviderId, TokenType } from '../../core/profiles';
import type { JsonObject } from '../../core/token';
import type { MessagesOf } from '../../i18n/catalogue';
import { profileWordingMessages } from '../../i18n/en/profile-wording';
import { messageName } from '../../shared/word-by-code';

type Words = MessagesOf<typeof profileWordingMessages>;

/** The kind of token, in words: "ID token", "DPoP proof (RFC 9449)". */
export function typeName(type: TokenType, t: Words = profileWordingMessages.get()): string {
  return t[messageName(type, '', 'type')];
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
  switch (e.code) {
    case 'entra-ver':
      return t.evEntraVer({ value: value('ver') });
    case 'auth0-connection-sub':
      return t.evAuth0ConnectionSub({ value: value('sub') });
    case 'keycloak-typ':
      return t.evKeycloakTyp({ value: value('typ') });
    case 'google-issuer':
      return t.evGoogleIssuer({ value: value('iss') });
    case 'okta-jti':
      return t.evOktaJti({ value: value('jti').slice(0, 3) });
    case 'typ':
      return t.evTyp({ value: show(header.typ) });
    case 'token-use':
      return t.evTokenUse({ value: value('token_use') });
  }
  // Evidence codes are open (core/profiles): one with an `ev` message by the naming rule of word-by-code.ts has
  // that phrase (some name the claim found, as {where}); any other is named by where it was found.
  const words = t as unknown as Record<string, string | ((params: { where: string }) => string) | undefined>;
  const message = words[messageName(e.code, '', 'ev')];
  return typeof message === 'function' ? message({ where: e.where }) : (message ?? e.where);
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
