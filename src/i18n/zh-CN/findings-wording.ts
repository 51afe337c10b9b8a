// 安全顾问发现项的中文标题与说明。规则名（RFC 章节标题）保持原文。
import type { TranslationOf } from '../catalogue';
import type { findingsWordingMessages } from '../en/findings-wording';

export const findingsWording: TranslationOf<typeof findingsWordingMessages> = {
  sensitivePassword: '密码',
  sensitiveSecret: '机密信息',
  sensitiveApiKey: 'API 密钥或访问密钥',
  sensitivePrivateKey: '私钥',
  sensitiveToken: 'Bearer 令牌或刷新令牌',
  sensitiveCardNumber: '银行卡号',
  sensitiveNationalId: '身份证号',
  sensitiveBankAccount: '银行账号',
  kidNotAString: '它不是字符串',
  kidPathTraversal: '它用 ../ 跳转到上级目录',
  kidAbsolutePath: '它用绝对路径指向文件',
  kidQuote: '它包含引号',
  kidSql: '它看起来像 SQL',
  kidShell: '它包含 shell 元字符',
  kidUrl: '它是一个 URL',
  kidControlCharacter: '它包含控制字符',
  reasonsSeparator: '，',
  reasonsLast: '{list}，并且{last}',
  formatPemPublic: 'PEM 公钥',
  formatPemCertificate: 'X.509 证书',
  formatJwkPublic: '公钥 JWK',
  formatJwks: 'JWK 集（JWKS）',
  formatSshPublic: 'SSH 公钥',
  formatSpkiBase64: '公钥（base64 SPKI，即 Keycloak 显示的形式）',
  formatCertificateBase64: 'base64 格式的 X.509 证书',
  formatJwkArray: 'JWK 列表',
  years: '{count} 年',
  days: '{count} 天',
  hours: '{count} 小时',
  segHeader: '头部',
  segPayload: '载荷',
  segSignature: '签名',
  listSeparator: '、',
  algNoneTitle: '不安全的令牌（alg: none）',
  algNoneText:
    '该令牌没有签名，任何人都能修改其中的声明。除非令牌另有保护，否则应拒绝 alg 为 "none" 的令牌。',
  weakSecretTitle: '使用众所周知的密钥签名："{secret}"',
  weakSecretText:
    '签名可以用 "{secret}" 验证通过，而这是公开列表中的密钥。攻击者几秒钟就能找到它并伪造令牌；请使用随机密钥，其字节数至少与哈希输出长度相同。',
  shortSecretTitle: '对 {alg} 而言密钥过短',
  shortSecretText:
    '密钥只有 {length} 字节；{alg} 至少需要 {minimum} 字节（即哈希输出长度），否则更容易被暴力破解。',
  missingExpTitle: '没有过期时间（exp）',
  missingExpText: '没有 exp 声明，令牌一旦泄露就永远有效。请为它设置过期时间。',
  longLifetimeTitle: '有效期过长：{duration}',
  longLifetimeFromIat:
    '该令牌自签发起 {duration}内有效。泄露的令牌在这段时间内都能被利用；有效期宜为几分钟到几小时。',
  longLifetimeFromNow:
    '该令牌从现在起 {duration}内有效。泄露的令牌在这段时间内都能被利用；有效期宜为几分钟到几小时。',
  millisecondsTitle: '{claim} 看起来是毫秒',
  millisecondsText:
    '{claim} 的值为 {value}，按秒计算是几千年以后。NumericDate 以秒为单位，因此它很可能是按毫秒写入的（Date.now()）。',
  sensitiveTitle: '声明 {claim} 中含有敏感数据',
  sensitiveByName:
    '声明 {claim} 的名称看起来是{what}。JWS 载荷只经过 base64url 编码：任何持有令牌的人都能读取。',
  sensitiveByValue: '声明 {claim} 中含有{what}。JWS 载荷只经过 base64url 编码：任何持有令牌的人都能读取。',
  kidTitle: '可疑的 kid：{kid}',
  kidText:
    '密钥 ID {kid} 看起来像注入攻击：{reasons}。如果服务器把 kid 用在文件路径、SQL 查询或 shell 命令中，就可能被诱骗使用攻击者选定的密钥。',
  keyUrlTitle: '头部中含有密钥 URL：{parameter}',
  keyUrlText:
    '头部的 {parameter} 指向 {url}。如果验证方从这里获取密钥，就等于让令牌自己选择密钥，还可能替攻击者发起请求（SSRF）。只应使用白名单中的密钥。',
  embeddedJwkTitle: '头部中内嵌了密钥（jwk）',
  embeddedJwkTitleKty: '头部中内嵌了密钥（jwk，{kty}）',
  embeddedPrivateText:
    '头部自带密钥，而且包含私钥部分。信任它的验证方会接受任何人签名的令牌；只应使用你事先信任的密钥来验证。',
  embeddedPublicText: '头部自带公钥。信任它的验证方会接受任何人签名的令牌；只应使用你事先信任的密钥来验证。',
  confusionTitle: '公钥被当作 HMAC 密钥使用（{alg}）',
  confusionText:
    '该密钥是{format}，而令牌使用的是 {alg}。这就是 RS→HS 算法混淆攻击：公钥是公开的，任何人都能生成这样的签名。请固定预期的算法。',
  duplicateTitle: '"{where}" 在{segment}中出现了两次',
  duplicateText:
    '{segment}中 "{where}" 出现了两次：先是 {first}，后是 {second}。本页（与 JSON.parse 一样）显示后一个；有些库取前一个，于是两个服务可能从同一个已签名的令牌中读出不同的值。请拒绝含有重复名称的令牌。',
  nonCanonicalTitle: '非规范的 base64url（{segments}）',
  nonCanonicalText:
    '{segments}的最后一个字符带有解码时会被丢弃的比特，因此该令牌的其他写法也能解码并验证通过。以令牌字符串为键的重放或吊销列表会漏掉它们；请改用 jti 或解码后各部分的哈希作为键。',
  critTitle: '无法理解的关键扩展（{names}）',
  critText:
    '头部将 {names} 标记为关键（critical）。接收方不理解关键扩展时必须拒绝令牌，因此本页不接受该签名。',
  quotedName: '"{name}"',
  sourceJku: '令牌 jku 头部中的 URL',
  sourceX5u: '令牌 x5u 头部中的 URL',
  sourceX5c: '令牌 x5c 头部中的证书链',
  sourceJwk: '令牌 jwk 头部中内嵌的密钥',
  sourceLink: '打开本页的链接',
  untrustedTitleLink: '密钥取自链接',
  untrustedTitleToken: '密钥取自令牌（{source}）',
  untrustedText:
    '验证此签名的密钥来自{source}，而它由令牌的制作者控制。用它验证签名只能说明令牌与密钥相互匹配，不能说明是谁制作的；请使用你事先信任的密钥来验证。',
};
