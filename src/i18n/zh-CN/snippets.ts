// “用代码验证”面板的中文消息。
import type { TranslationOf } from '../catalogue';
import type { snippetsMessages } from '../en/snippets';

export const snippets: TranslationOf<typeof snippetsMessages> = {
  heading: '用代码验证',
  tooLarge: '此令牌大小为 {size} KB：太大，无法写入代码。',
  unsecured: '不安全的令牌（alg 为 none）没有可验证的签名，因此不提供代码。',
  signedOnly: '仅为已签名的令牌（JWS）提供代码。',
  includeKey: '在代码中包含密钥',
  requireExp: '要求 exp',
  containsSecret: '下面的代码包含你粘贴的密钥。请勿将其提交到源码仓库或写入日志。',
  containsPublic: '下面的代码包含密钥框中的公钥。',
  containsPublicPart: '密钥框中是私钥：下面的代码只包含其公钥部分。',
  fromEnvironment: '密钥从环境变量读取；勾选上方选项可将其写入代码。',
  optionsFrom: '选项来自验证面板：预期受众和签发者、时钟容差，以及验证策略。',
};
