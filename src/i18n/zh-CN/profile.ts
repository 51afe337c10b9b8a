// 令牌画像面板及 at_hash / c_hash 字段的中文消息。
import type { TranslationOf } from '../catalogue';
import type { profileMessages } from '../en/profile';

export const profile: TranslationOf<typeof profileMessages> = {
  keysAsked: '其密钥：“获取签名方的密钥”会先向 {url} 询问 {name} 的 jwks_uri。',
  keysNotAsked: '其密钥：{name} 在 {url} 公布其元数据；由于此令牌的 iss 不是 https URL，按钮无法据此询问。',
  inCluster: '该地址只在集群内部可访问（kubectl get --raw /openid/v1/jwks）。',
  heading: '令牌画像',
  issuerNotRecognised: '未识别出签发者',
  issuerFrom: '签发者：根据{evidence}识别。',
  issuerUnknown: '签发者：没有哪个提供方的特征足以判断（仅凭一条线索不够）。',
  kindFrom: '类型：根据{evidence}识别。',
  kindUnknown: '类型：头部和声明中没有可确定类型的信息。',
  listSeparator: '、',
  docs: '其声明的含义：{docs}',
  ok: '通过',
  mismatch: '不匹配',
  accessToken: '访问令牌（检查 at_hash）',
  authorizationCode: '授权码（检查 c_hash）',
  hashing: '正在计算哈希…',
  checkHashes: '检查 at_hash 和 c_hash',
  hashesHelp:
    '取令牌 alg 对应哈希（*256 用 SHA-256，以及 SHA-384、SHA-512；EdDSA 按 OpenID Connect 勘误用 SHA-512）的左半部分，再做 base64url 编码。在本页计算，从不发送。',
};
