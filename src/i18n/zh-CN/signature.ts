// 密钥面板的中文消息。
import type { TranslationOf } from '../catalogue';
import type { signatureMessages } from '../en/signature';

export const signature: TranslationOf<typeof signatureMessages> = {
  key: '密钥',
  copyKey: '复制密钥',
  secretOrKey: '共享密钥或密钥',
  keyPlaceholder:
    'HMAC 共享密钥、PEM 格式的密钥或证书（SPKI、PKCS#8、PKCS#1、SEC1、X.509）、JWK，或 JWKS {"keys":[…]}；也可以把密钥文件拖到这里',
};
