// 伪造工具的中文：每种攻击尝试什么、正确的验证方会怎么做，以及伪造失败的原因。
import type { TranslationOf } from '../catalogue';
import type { forgeWordingMessages } from '../en/forge-wording';

export const forgeWording: TranslationOf<typeof forgeWordingMessages> = {
  algNoneTitle: 'alg none',
  algNoneWhat:
    '头部写明 alg 为 "none"（也有 None、NONE、nOnE 等写法），签名为空。如果验证方从令牌中读取算法，或只按区分大小写的方式比较 "none"，就会接受这个没有签名的令牌。',
  algNoneCorrect:
    '拒绝它：接受哪些算法由验证方决定，而不是由令牌决定（一个不含 "none" 的明确列表），不安全的令牌永远无效。',
  hsWithPublicKeyTitle: '用公钥签名的 HS256（算法混淆）',
  hsWithPublicKeyWhat:
    '把 RS/ES 令牌改成 HS256，并以验证方自己的公钥作为 HMAC 密钥：可以是原样存储的 PEM 文本（带或不带末尾换行）、其 DER 字节，或其 JWK JSON。如果验证方从令牌中读取 alg，并把它唯一的密钥交给 HMAC，就会接受它。',
  hsWithPublicKeyCorrect:
    '拒绝它：每个密钥只绑定一种算法，RSA 或 EC 公钥绝不会被当作 HMAC 密钥使用，而且 HS256 不在验证方接受的算法列表中。',
  embeddedJwkTitle: '头部中内嵌的密钥（jwk）',
  embeddedJwkWhat:
    '使用在此新生成的密钥对签名，并把其公钥 JWK 放进头部。如果验证方信任头部自带的 jwk，就会用攻击者的密钥来验证签名（0.11.0 之前的 node-jose）。',
  embeddedJwkCorrect:
    '拒绝它：密钥来自验证方受信任的配置，绝不来自令牌；jwk 头部至多只能在验证方已信任的密钥中作选择。',
  emptySecretTitle: '空的 HMAC 密钥',
  emptySecretWhat:
    '使用长度为零的密钥的 HS256。如果验证方的配置中缺少密钥（未设置的环境变量被读成 ""），就会接受它。',
  emptySecretCorrect:
    '拒绝它：没有密钥就拒绝启动，而且短于哈希输出长度（HS256 为 32 字节）的 HMAC 密钥会被拒绝。',
  psychicSignatureTitle: 'Psychic Signature（ECDSA r = s = 0）',
  psychicSignatureWhat:
    'r 和 s 都为零的 ECDSA 签名：全部为零字节，ES256 为 64 字节，ES384 为 96 字节，ES512 为 132 字节。Java 15–18 的 ECDSA 对任意消息和密钥都会接受它。',
  psychicSignatureCorrect: '拒绝它：ECDSA 要求 1 ≤ r, s < n；零值在任何运算之前就会被判定失败。',
  kidInjectionTitle: 'kid 路径遍历',
  kidInjectionWhat:
    'kid 头部指向 ../../../../../../dev/null，令牌用空密钥签名：如果验证方从 kid 指定的文件中读取密钥，就会读到空内容，于是用空密钥来验证。',
  kidInjectionCorrect:
    '拒绝它：kid 只用于在验证方自己的密钥集中查找密钥；它绝不是路径、查询或命令，未知的 kid 会被视为错误。',
  jkuSpoofTitle: '指向攻击者密钥集的 jku',
  jkuSpoofWhat:
    'jku 头部指向你给出的 URL，令牌用一个新密钥签名，你可以把其 JWKS（见下方）放在那个地址上。如果验证方从令牌的 jku 获取密钥，就会接受它，还可能被诱使去请求任意 URL（SSRF）。',
  jkuSpoofCorrect: '拒绝它：只从配置好的 URL（或白名单）获取密钥，忽略不认识的 jku。',
  noToken: '请在上方粘贴一个已签名的令牌（三段，头部为 JSON）：攻击令牌由它的载荷生成。',
  noPublicKey: '请在密钥框中粘贴验证方持有的公钥（PEM、JWK 或 JWKS）：它将被用作 HMAC 密钥。',
  keyNotAsymmetric: '密钥框中是共享密钥：这种攻击需要 RS/ES 令牌的验证方所持有的 RSA 或 EC 公钥。',
  keyUnreadable: '无法读取密钥框中的密钥：{reason}',
  urlMissing: '请给出 jku 头部应指向的 URL。',
  urlInvalid: '“{url}” 不是 http 或 https URL。',
  cryptoFailed: '浏览器无法生成该令牌：{reason}',
};
