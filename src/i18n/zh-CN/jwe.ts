// JWE 面板（解密状态、五个部分、嵌套令牌的密钥框）的中文消息。
import type { TranslationOf } from '../catalogue';
import type { jweMessages } from '../en/jwe';

export const jwe: TranslationOf<typeof jweMessages> = {
  heading: '加密令牌（JWE）',
  decrypting: '正在解密…',
  partsCaption: '紧凑格式 JWE 的五个部分',
  part: '部分',
  size: '大小',
  begins: '开头',
  bytes: { other: '{count} 字节' },
  characters: { other: '{count} 个字符' },
  empty: '（空）',
  zipNote: 'zip: {zip}（明文在加密前经过压缩）',
  nestedToken: '内层的已签名 JWT（嵌套）',
  nestedKey: '验证内层已签名 JWT 的密钥',
  nestedKeyPlaceholder: '签名方的共享密钥、PEM 公钥、JWK 或 JWKS；随后由签名状态判定内层令牌',
};
