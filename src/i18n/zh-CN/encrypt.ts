// 加密面板的中文消息。
import type { TranslationOf } from '../catalogue';
import type { encryptMessages } from '../en/encrypt';

export const encrypt: TranslationOf<typeof encryptMessages> = {
  heading: '加密（生成 JWE）',
  keyManagement: '密钥管理（alg）',
  contentEncryption: '内容加密（enc）',
  nested: '嵌套：加密已签名的令牌，而不是声明',
  compress: '压缩（zip: DEF）',
  password: '密码',
  recipientKey: '接收方的密钥（PEM 或 JWK 公钥，或共享密钥）',
  passwordPlaceholder: '密码',
  keyPlaceholder:
    'PEM 或 JWK 公钥（RSA、EC P-256/384/521、X25519）、oct 类型的 JWK，或长度合适的原始共享密钥',
  curve: '曲线',
  generating: '正在生成…',
  generateFor: '为 {alg} 生成密钥',
  couldNotGenerate: '无法生成密钥：{reason}',
  keepPassword: '密码（请保存好：它能解密输出）',
  keepPrivateKey: '私钥（请保存好：只有它能解密输出）',
  keepSecret: '共享密钥（请保存好：它能解密输出）',
  compactJwe: '紧凑格式的 JWE',
  useToDecrypt: '放入密钥框以解密',
};
