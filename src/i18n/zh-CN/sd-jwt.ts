// SD-JWT 读取与生成的中文消息。
import type { TranslationOf } from '../catalogue';
import type { sdJwtMessages } from '../en/sd-jwt';

export const sdJwt: TranslationOf<typeof sdJwtMessages> = {
  statusOk: '通过',
  statusUnreferenced: '未被引用',
  statusDuplicate: '重复',
  statusInvalid: '无效',
  cannotShow: '（无法显示）',
  reading: '正在读取披露…',
  vct: 'vct（凭证类型）：',
  statusList:
    '状态列表：{uri} 中的索引 {idx}。未获取：此处不检查吊销状态（获取它会让签发者得知该凭证正在被验证）。',
  noUri: '（无 uri）',
  otherStatus: '其他状态机制：{names}（未检查）。',
  hash: '哈希',
  withKb: ' · 以密钥绑定 JWT 结尾（SD-JWT+KB）',
  withoutKb: ' · 没有密钥绑定 JWT',
  noDisclosures: '未出示任何披露。',
  presented: { other: '已出示 {count} 项披露' },
  claim: '声明',
  saltValue: '盐值 · 值',
  digestLands: '摘要 · 落点',
  verdict: '结论',
  arrayElement: '[]（数组元素）',
  salt: '盐值',
  value: '值',
  none: '（无）',
  notComputed: '（未计算）',
  landsFromArray: '→ {path}（来自数组元素 {element}）',
  landsFromSd: '→ {path}（来自 _sd 数组）',
  nowhere: '→ 无落点',
  undisclosed: {
    other:
      '有 {count} 个摘要未被任何已出示的披露揭示。隐藏的声明和诱饵摘要看起来一样，因此这是被隐瞒内容数量的上限，而不是真实声明的数量（RFC 9901 §4.2.5）。',
  },
  keyBinding: '密钥绑定：',
  makerLegend: 'SD-JWT（选择性披露）',
  expectedNonce: '预期 nonce（密钥绑定）',
  noncePlaceholder: 'KB-JWT 必须携带的 nonce；其 aud 即预期受众',
  disclosable: '可选择性披露的声明',
  decoys: '诱饵摘要数量',
  holderKey: '持有者私钥（会加入 cnf 和密钥绑定 JWT）',
  holderKeyPlaceholder: '-----BEGIN PRIVATE KEY----- 或 JWK 私钥（EC、Ed25519、RSA）',
  makerIdle:
    '填写载荷中要隐藏在加盐摘要之后的声明；令牌框随即显示用密钥框中的密钥签名的 SD-JWT。盐值由 WebCrypto 生成。',
  making: '正在生成 SD-JWT…',
  made: { other: '已生成 {count} 项披露' },
  boundToHolder: '，已绑定持有者密钥（受众和 nonce 取自验证选项）',
  choose: '。请选择要出示的披露：',
};
