// 伪造攻击令牌面板的中文消息。
import type { TranslationOf } from '../catalogue';
import type { forgeMessages } from '../en/forge';

export const forge: TranslationOf<typeof forgeMessages> = {
  variantPem: 'PEM 文本，含末尾换行（与文件中一致）',
  variantPemNoNewline: 'PEM 文本，不含末尾换行',
  variantDer: 'DER 字节（SPKI）',
  variantJwk: 'JWK JSON（按 RFC 7638 的成员顺序）',
  heading: '伪造攻击令牌（测试你自己的验证方）',
  note: '仅用于测试你拥有或获准测试的系统。这里的每个令牌都在本浏览器中根据上方令牌生成，不会发送到任何地方。',
  attack: '攻击',
  jkuUrl: 'jku 头部指向的 URL',
  correctVerifier: '正确的验证方会：',
  rules: '规则：',
  variant: '变体',
  forgeLarge: '用这个 {count} 个字符的令牌生成伪造令牌',
  forgedToken: '伪造的令牌',
  copyForged: '复制伪造的令牌',
  jwksToHost: '要放在该 URL 上的 JWKS（它能验证伪造的令牌）',
  jwkInHeader: '放入头部的 JWK（它能验证伪造的令牌）',
};
