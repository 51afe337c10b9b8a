// 一行结论的中文：先是签名或解密的概要，再是每个声明问题。
import type { TranslationOf } from '../catalogue';
import type { verdictWordingMessages } from '../en/verdict-wording';

export const verdictWording: TranslationOf<typeof verdictWordingMessages> = {
  signatureVerified: '签名验证通过',
  signatureInvalid: '签名无效',
  signatureNoKey: '未验证签名（没有密钥）',
  keyCannotBeUsed: '密钥无法使用',
  unsecured: '不安全（alg 为 none）',
  notCheckable: '此处无法验证签名（{alg}）',
  unknownAlg: '未知算法',
  encryptedNoKey: '已加密（没有可用于解密的密钥）',
  decrypted: '已解密',
  decryptionFailed: '解密失败',
  cannotDecrypt: '此浏览器无法解密',
  withLinkKey: '{summary}，但所用密钥来自链接（不可信）',
  withTokenKey: '{summary}，但所用密钥来自令牌的 {source}（不可信）',
  claimsOk: '声明均有效',
  expired: '已于{when}过期',
  notYetValid: '尚未生效（{when}生效）',
  issuedInFuture: '签发时间在未来（{when}）',
  mismatch: '{claim}不匹配，预期为 {expected}',
  missing: '缺少{claim}，预期为 {expected}',
  invalid: '{claim} 无效',
  or: ' 或 ',
  audience: '受众（aud）',
  issuer: '签发者（iss）',
  subject: '主体（sub）',
  type: '类型（typ）',
};
