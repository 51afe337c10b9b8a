// 验证策略输入与各库判定面板的中文消息。
import type { TranslationOf } from '../catalogue';
import type { policyMessages } from '../en/policy';

export const policy: TranslationOf<typeof policyMessages> = {
  allowedAlgorithms: '允许的算法',
  tokensOwnAlg: '令牌自身的 alg',
  requiredClaims: '必需声明',
  expectedTyp: '预期 typ',
  maximumAge: '最长有效期',
  maxAgeHint: '从 iat 起算；jose maxTokenAge',
  policyChecks: '策略检查',
  librariesHeading: '各个库会怎么判定',
  librariesIntro: '按各库自身的检查顺序和默认行为建模，并与真实的库对照测试；使用本页上的密钥和验证选项。',
};
