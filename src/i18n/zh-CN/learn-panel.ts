// “这个令牌是如何构成的”面板的中文消息：各部分、签名输入，以及每种算法做了什么。
import type { TranslationOf } from '../catalogue';
import type { learnPanelMessages } from '../en/learn-panel';

export const learnPanel: TranslationOf<typeof learnPanelMessages> = {
  title: '这个令牌是如何构成的',
  compareForge:
    '两个令牌有何不同：{compare}。验证方必须拒绝的经典伪造令牌（alg none、算法混淆、内嵌 jwk、空密钥、psychic signature、kid 与 jku 花招）及各自对应的规则：{forge}。README 中对两者都有说明。',
  compare: '比较',
  forge: '生成攻击令牌',
  threeParts:
    '签名的 JWT（JWS 紧凑序列化）由三段 base64url 用点连接而成：{formula}（{rfc}）。粘贴一个令牌或选择一个示例，即可看到每一步。',
  header: '头部',
  headerStep: '：下面这段 JSON 的原始字节，按 UTF-8 编码，再做不带填充的 base64url 编码（{rfc}）。',
  payload: '载荷',
  payloadStep: '：声明集，按同样方式编码（{rfc}）。',
  signingInput: '签名输入',
  signingInputStep: '：{formula}，与令牌中的原文完全一致（{rfc}）。',
  copySigningInput: '复制签名输入',
  signature: '签名',
  signatureBytes: '（{count} 字节）',
  moreCharacters: ' … 另有 {count} 个字符 … ',
  jweIntro:
    '加密的 JWT（JWE 紧凑序列化）有五段 base64url（{rfc}）。内容使用新生成的密钥和 IV 加密；受保护头部（即令牌中的原文）作为附加认证数据（{aad}），因此一旦改动就会使认证标签失效。',
  jweProtectedHeader: '受保护头部',
  jweEncryptedKey: '加密的密钥',
  jweIv: '初始化向量',
  jweCiphertext: '密文',
  jweTag: '认证标签',
  characters: '（{count} 个字符）',
  algNone: '：完全没有签名；第三段为空，任何人都能写出这样的令牌。绝不要接受它（{rfc}）。',
  algUnknown: ' 不是此浏览器能够验证的算法。已注册的算法列在 {rfc} 中。',
  hmacName: 'HMAC-{hash}',
  hmac: '：用共享密钥对签名输入计算带密钥的哈希；签名就是这 {bytes} 字节的 MAC。能验证的一方也能生成签名，所以密钥必须保密，并且至少有 {bytes} 字节的随机性（{rfc}，{rfc2104}）。',
  rsaName: 'RSASSA-PKCS1-v1_5 配合 {hash}',
  rsa: '：对签名输入求 {hash} 摘要，按 EMSA-PKCS1-v1_5 填充后用 RSA 私钥签名；签名长度与模数相同（2048 位密钥为 256 字节）。持有公钥的任何人都能验证（{rfc}，{rfc8017}）。',
  pssName: 'RSASSA-PSS 配合 {hash}',
  pss: '，MGF1 使用 {hash}，盐为 {bytes} 字节随机数：与 PKCS#1 v1.5 类似，但填充是随机化且可证明安全的，因此对同一输入签名两次会得到不同的签名（{rfc}，{rfc8017}）。',
  ecdsaName: '{curve} 曲线上的 ECDSA 配合 {hash}',
  ecdsa:
    '：签名是数对 (r, s)，写成两个各 {size} 字节的大端整数并依次拼接，即 {rs}，共 {total} 字节。这不是大多数密码库输出的 DER 编码，也是“签名无效”的常见原因（{rfc}）。每次签名都使用新的随机数 nonce。',
  es256k:
    ' ES256K 就是在比特币和许多 DID 签发者使用的 secp256k1 曲线上的这种算法（{rfc}）；它不要求“low-S”形式，因此 s 与 n−s 在这里都能通过验证。',
  mlDsa:
    '（ML-DSA，FIPS 204，源自 CRYSTALS-Dilithium）：一种后量子签名，直接对签名输入本身签名，上下文为空，用公钥验证（{rfc}）。其密钥类型为 {akp}，由 {alg} 指明参数集；它的密钥和签名都比椭圆曲线的大得多。本页面在浏览器支持 ML-DSA 时使用 WebCrypto，否则使用经过审计的 @noble/post-quantum，仅在需要时加载。',
  ed448:
    '（Curve448 上的 EdDSA）：对签名输入本身生成的确定性 114 字节签名，算法内部使用 SHAKE256，用 57 字节的公钥验证（{rfc}；alg 可以写作 {eddsa}，或按 RFC 9864 写作 {ed448}）。WebCrypto 和 jose 都不支持它：本页面使用经过审计的 @noble/curves 验证，仅在需要时加载。',
  ed25519:
    '（EdDSA）：对签名输入本身生成的确定性 64 字节签名，算法内部使用 SHA-512，用私钥生成、用 32 字节的公钥验证（{rfc}，{rfc8032}）。',
  keyType: '密钥类型',
  publicKey: '公钥',
  privateKey: '私钥',
  factsSignature: '签名',
  hmacKeyType: 'oct（一个共享密钥）',
  hmacPublicKey: '无：验证方持有同一个密钥',
  hmacPrivateKey: '至少 {bytes} 字节的密钥',
  bytes: '{bytes} 字节',
  rsaPublicKey: '2048 位（256 字节）或更长的模数 n，以及指数 e',
  rsaPrivateKey: 'd 及 CRT 参数，每个都与模数差不多长',
  rsaSignature: '与模数等长：2048 位密钥为 256 字节',
  ecPublicKey: '一个点 (x, y)：{size} + {size} 字节（在 SPKI 中未压缩为 {spki} 字节）',
  ecPrivateKey: 'd，{size} 字节',
  ecSignature: '{bytes} 字节（r‖s）',
  okpPublicKey: 'x，{size} 字节',
  okpPrivateKey: 'd，{size} 字节',
  akpPublicKey: 'pub，{size} 字节',
  akpPrivateKey: 'priv，32 字节的种子（展开后为 {expanded} 字节）',
};
