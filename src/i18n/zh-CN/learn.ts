// 示例选择器与“令牌如何构成”面板的中文消息。
import type { TranslationOf } from '../catalogue';
import type { learnMessages } from '../en/learn';

export const learn: TranslationOf<typeof learnMessages> = {
  hmacSecret: '{alg}（HMAC 共享密钥）',
  keyPair: '{alg}（{family} 密钥对）',
  loadExample: '加载示例令牌',
  making: '正在生成 {alg} 示例…',
  example: '示例…',
};
