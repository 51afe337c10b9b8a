// SD-JWT 问题、密钥绑定结论与 SD-JWT VC 类型的中文说明。
import type { TranslationOf } from '../catalogue';
import type { sdJwtWordingMessages } from '../en/sd-jwt-wording';

export const sdJwtWording: TranslationOf<typeof sdJwtWordingMessages> = {
  malformedEmpty: '为空（连续出现两个波浪号）',
  malformedNotBase64url: '不是 base64url',
  malformedNotUtf8: '解码后不是 UTF-8 文本',
  malformedNotJson: '不是 JSON',
  malformedNotArray: '不是 JSON 数组',
  malformedWrongLength: '不是由 2 个（盐值、值）或 3 个（盐值、名称、值）元素组成的数组',
  malformedSaltNotString: '的盐值不是字符串',
  malformedNameNotString: '的声明名称不是字符串',
  malformedUnknown: '无法读取',
  disclosureMalformed: '第 {number} 个披露{reason}：必须拒绝该 SD-JWT（RFC 9901 §7.1）。',
  reservedName:
    '第 {number} 个披露使用了保留的声明名称 "{name}"：必须拒绝该 SD-JWT（RFC 9901 §7.1、3.3.2.2）。',
  unreferenced:
    '第 {number} 个披露没有被签发者签名的 JWT 或其他披露中的任何摘要引用：必须拒绝该 SD-JWT（RFC 9901 §7.1 第 5 步）。',
  repeated:
    '第 {number} 个披露与第 {first} 个披露相同（摘要相同）：必须拒绝该 SD-JWT（RFC 9901 §7.1 第 4 步）。',
  digestRepeated:
    '摘要 {digest} 出现了 {count} 次（位于 {paths}）：必须拒绝该 SD-JWT（RFC 9901 §7.1 第 4 步）。',
  listSeparator: '、',
  claimExists:
    '第 {number} 个披露披露了 "{name}"，但载荷中已有 {path}：必须拒绝该 SD-JWT（RFC 9901 §7.1、3.3.2.3）。',
  wrongKindArray:
    '第 {number} 个披露带有声明名称，但其摘要位于 {path} 处的数组元素（{shape}）中：数组元素的披露只有盐值和值（RFC 9901 §7.1、3.3.3.1）。',
  wrongKindObject:
    '第 {number} 个披露没有声明名称，但其摘要位于 {path} 中：对象属性的披露应有盐值、名称和值（RFC 9901 §7.1、3.3.2.1）。',
  algUnsupported:
    '_sd_alg "{alg}" 不是本页认识的哈希算法（sha-256、sha-384、sha-512）：无法检查任何披露，必须拒绝该 SD-JWT（RFC 9901 §7.1、2.4）。',
  algNotString: '_sd_alg 必须是给出哈希算法名称的字符串（RFC 9901 §4.1.1）。',
  noTrailingTilde:
    '该 SD-JWT 不以 "~" 结尾，而最后一段也不是密钥绑定 JWT：它被当作丢失了波浪号的披露来读取（RFC 9901 §4）。',
  pathSyntax:
    '“{path}” 不是声明路径：名称之间用点号连接，数组元素写作 [0]（例如 address.street_address、nationalities[0]）。',
  pathNotFound: '载荷中没有 {path}，无法将其设为可选择性披露。',
  pathReserved: '{path} 是 SD-JWT 的保留名称（_sd、...、_sd_alg），不能设为可披露。',
  holderKeyUnusable:
    '持有者密钥必须是 PEM 或 JWK 格式的 EC（P-256/384/521）、Ed25519 或 RSA 私钥：其公钥部分放入 cnf，并由它签名密钥绑定 JWT。',
  issuerKeyNeeded: '请把签发者的私钥（或共享密钥）放入密钥框：由它签名签发者 JWT。',
  makeFailed: '无法生成 SD-JWT（{code}）；请检查密钥框中的密钥是否与头部的 alg 相符。',
  checkTyp: 'typ 为 kb+jwt',
  checkSdHash: 'sd_hash 覆盖了签发者 JWT 和所出示的披露',
  checkIat: 'iat 不在未来',
  checkAud: 'aud 是预期受众',
  checkNonce: 'nonce 是预期的 nonce',
  absentValue: '缺失',
  checkOk: '✓ {check}（{found}）',
  skippedAud: '· {check} 为 {found}：未判定（没有设置预期受众）',
  skippedNonce: '· {check} 为 {found}：未判定（没有设置预期的 nonce）',
  checkFailed: '✗ {check}：实际为 {found}',
  checkFailedExpected: '✗ {check}：实际为 {found}，预期为 {expected}',
  kbAbsent: '没有密钥绑定 JWT：任何持有该 SD-JWT 的人都能出示它（RFC 9901 §4.3）。',
  kbBadCnf: '签发者 JWT 的 cnf.jwk 无法用于验证密钥绑定 JWT 的签名。',
  kbNoCnf: '签发者 JWT 没有 cnf.jwk：没有可用于验证密钥绑定 JWT 的持有者密钥（RFC 9901 §4.1.2）。',
  kbNotAJwt: '密钥绑定 JWT 不是可读取的 JWT。',
  kbAlgNone: '密钥绑定 JWT 没有签名（alg none）：它必须由持有者密钥签名（RFC 9901 §4.3）。',
  kbBadSignature: '密钥绑定 JWT 的签名无法用 cnf.jwk 中的持有者密钥验证通过。',
  kbMismatch: '密钥绑定 JWT 由持有者密钥签名，但：',
  kbValid: '密钥绑定 JWT 由 cnf.jwk 中的持有者密钥签名，并绑定到本次出示。',
  typDc: 'typ dc+sd-jwt：SD-JWT VC（欧盟身份钱包和 OpenID4VP 所出示的数字凭证）；vct 指明其类型。',
  typVc:
    'typ vc+sd-jwt：SD-JWT VC 较早的媒体类型，在后续草案中更名为 dc+sd-jwt；过渡期间验证方可以两者都接受。',
  typSdJwt: 'typ sd-jwt：普通的 SD-JWT（RFC 9901 §9.11 显式类型）。',
  typExample: 'typ example+sd-jwt：RFC 9901 自己的示例所用的类型。',
  typAbsent: '头部没有 typ：RFC 9901 §9.11 建议使用显式类型，以免 SD-JWT 被当成其他类型的 JWT。',
  typOther: 'typ {typ}：不是本页认识的 SD-JWT 媒体类型。',
};
