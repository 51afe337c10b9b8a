// 令牌画像的中文措辞：每条依据、每项提供方检查与每个哈希结果。
import type { TranslationOf } from '../catalogue';
import type { profileWordingMessages } from '../en/profile-wording';

export const profileWording: TranslationOf<typeof profileWordingMessages> = {
  typeIdToken: 'ID 令牌',
  typeAccessToken: '访问令牌',
  typeLogoutToken: '登出令牌（OIDC Back-Channel Logout）',
  typeDpopProof: 'DPoP 证明（RFC 9449）',
  typeClientAssertion: '客户端断言（RFC 7523）',
  typeSdJwt: 'SD-JWT（RFC 9901）',
  typeUnknown: '未知类型的令牌',
  evEntraV2Issuer: 'iss（v2.0 签发者 login.microsoftonline.com/<tenant>/v2.0）',
  evEntraV1Issuer: 'iss（v1.0 签发者 sts.windows.net/<tenant>/）',
  evEntraVer: 'ver "{value}"',
  evAuth0Issuer: 'iss（某个 *.auth0.com 租户）',
  evIssuerRootWithSlash: 'iss（https://<host>/，带有 Auth0 签发者特有的结尾斜杠）',
  evAuth0ConnectionSub: 'sub "{value}"（连接|用户 ID）',
  evAuth0ClientSub: 'sub "<client id>@clients"',
  evNamespacedClaim: '{where}（带命名空间的自定义声明）',
  evCognitoIssuer: 'iss（某个 Cognito 用户池，cognito-idp.<region>.amazonaws.com/<pool>）',
  evCognitoPrefixedClaim: '{where}（cognito: 前缀）',
  evKeycloakRealm: 'iss（以 /realms/<realm> 结尾）',
  evKeycloakTyp: 'typ 声明 "{value}"',
  evGoogleIssuer: 'iss "{value}"',
  evGoogleClientId: '{where}（Google OAuth 客户端 ID）',
  evFirebaseIssuer: 'iss（securetoken.google.com/<project>）',
  evOktaIssuer: 'iss（某个 Okta 组织域名）',
  evOktaAuthorizationServer: 'iss（某个 Okta 授权服务器，/oauth2/<server>）',
  evOktaVer: 'ver 1',
  evOktaJti: 'jti "{value}…"',
  evGithubActionsIssuer: 'iss（token.actions.githubusercontent.com）',
  evKubernetesLegacyClaim: '{where}（旧式服务账号 Secret 令牌）',
  evKubernetesLegacyIssuer: 'iss "kubernetes/serviceaccount"',
  evKubernetesIssuer: 'iss（集群的服务账号签发者）',
  evKubernetesServiceAccountSub: 'sub（system:serviceaccount:<namespace>:<name>）',
  evTyp: '头部 typ "{value}"',
  evHeaderPresent: '头部中带有公钥（jwk）',
  evSdJwtTilde: '令牌中 ~ 之后的披露',
  evBackchannelLogoutEvent: 'events（后端通道登出事件）',
  evIssEqualsSub: 'iss 与 sub 相同',
  evTokenEndpointAudience: 'aud（某个令牌端点）',
  evShortLived: 'exp（在 iat 之后十分钟以内）',
  evTokenUse: 'token_use "{value}"',
  evEntraNoClientClaims: '没有 azp、appid 或 scp（只有 Entra 的访问令牌会写明客户端）',
  evUserinfoAudience: 'aud（包含 /userinfo 端点）',
  evGoogleJwtsAreIdTokens: 'Google 的 JWT（Google 的访问令牌是不透明的，所以它的 JWT 都是 ID 令牌）',
  evFirebaseIdToken: 'firebase（只有 Firebase ID 令牌带有它）',
  evGithubActionsIdToken: '工作流的 OIDC 令牌（core.getIDToken()）',
  evKubernetesServiceAccountToken: '服务账号令牌（对 API 服务器，或经由 aud 对某个云平台有效的持有者凭据）',
  clientIdGuid: '客户端 ID（GUID）',
  appIdUri: 'App ID URI',
  idTokenAsAccessTokenType:
    '这是 ID 令牌，但期望的类型是 at+jwt。ID 令牌是告诉客户端谁登录了；API 不得把它当作访问令牌接受（RFC 9068 §4，RFC 8725 §3.11）。',
  idTokenAsAccessTokenAudience:
    '这是 ID 令牌（其 aud 是客户端），但期望的受众 {audience} 是一个 API。应向 API 发送访问令牌，而不是 ID 令牌。',
  accessTokenAsIdToken:
    '这是访问令牌，但期望的类型 {expectedType} 要求 ID 令牌。访问令牌是给 API 用的；客户端不得把它当作谁登录了的证明。',
  entraVersionIssuer:
    'ver 为 "{ver}"，但 iss 是 v{issuerVersion} 的形式：v1.0 令牌来自 https://sts.windows.net/<tenant>/，v2.0 令牌来自 https://login.microsoftonline.com/<tenant>/v2.0。',
  entraTenant: 'tid {tid} 不是 iss 中的租户（{issuerTenant}）。',
  entraExpectedIssuerVersion:
    '这是 v{issuerVersion} 令牌，但期望的签发者 {expected} 是另一个版本的形式。API 的应用注册（其清单中的 requestedAccessTokenVersion）决定了访问令牌的版本：请期望该版本的签发者。',
  entraAudienceForm:
    '期望的受众 {expected} 是{expectedForm}，但 aud 是{audForm}（{aud}）。v2.0 令牌携带 API 的客户端 ID；v1.0 令牌通常携带其 App ID URI（api://…）。请按你实际收到的版本来期望受众的形式{thisOne}，或者两种都接受。',
  entraThisOne: '（这个令牌是 {ver}）',
  cognitoTokenUseOk: 'token_use 为 "{tokenUse}"，符合预期。',
  cognitoTokenUseIdInfo:
    'token_use 为 "{tokenUse}"：这是 Cognito ID 令牌。每个 Cognito 令牌都应检查它，就像 aws-jwt-verify 的 tokenUse 选项那样。',
  cognitoTokenUseAccessInfo:
    'token_use 为 "{tokenUse}"：这是 Cognito 访问令牌。每个 Cognito 令牌都应检查它，就像 aws-jwt-verify 的 tokenUse 选项那样。',
  cognitoTokenUseExpectedId: 'token_use 为 "{tokenUse}"，但期望的是 ID 令牌。',
  cognitoTokenUseExpectedAccess: 'token_use 为 "{tokenUse}"，但期望的是访问令牌。',
  cognitoTokenUseUnknown: 'token_use "{tokenUse}" 既不是 "id" 也不是 "access"。',
  cognitoAccessHasNoAud:
    '这是 Cognito 访问令牌：它没有 aud，因此任何期望的受众都无法匹配。请改为用你的应用客户端核对 client_id（aws-jwt-verify 的 clientId），或者期望 ID 令牌。',
  googleIssuerMismatch:
    '期望的签发者只允许 "{expected}"，但此令牌的 iss 是 "{iss}"。Google 签发的 ID 令牌两种形式都有，而且都有效：两种都应接受。',
  googleIssuerInfo:
    'iss 为 "{iss}"。Google 会同时使用 accounts.google.com 和 https://accounts.google.com；两者都有效，验证方应当都接受。',
  githubSubjectOk: 'sub {sub} 与 {pattern} 匹配。',
  githubSubjectMismatch:
    'sub {sub} 与 {pattern} 不匹配（* 匹配任意字符）。使用此模式的云平台信任策略会拒绝该令牌。',
  logoutTokenNonce: '登出令牌不得包含 nonce（OIDC Back-Channel Logout §2.4）：这样它就无法冒充 ID 令牌。',
  accessToken: '访问令牌',
  authorizationCode: '授权码',
  hashEmpty: '粘贴{what}以检查 {claim}。',
  hashAbsent: '令牌中没有可供比较的 {claim}。',
  hashUnsupported: '无法为 alg {alg} 检查 {claim}：它没有指定此浏览器支持的哈希算法。',
  hashOk: '{claim} 匹配：{what}的 {hash} 哈希值的左半部分为 {computed}。',
  hashMismatch: '{claim} 不匹配：{what}的 {hash} 哈希值的左半部分为 {computed}，而令牌中是 {expected}。',
  docsOfSpecification: '规范',
  docsOfProvider: '{name} 的文档',
};
