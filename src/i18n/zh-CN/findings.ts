// 安全发现项面板的中文消息。
import type { TranslationOf } from '../catalogue';
import type { findingsMessages } from '../en/findings';

export const findings: TranslationOf<typeof findingsMessages> = {
  heading: '安全发现项',
  checking: '正在与 {count}个常见密钥比对…',
  found: '该密钥在 {count}个常见密钥的列表中。',
  notFound: '未使用 {count}个常见密钥中的任何一个签名。',
  tooLarge: '此令牌过大，无法与常见密钥列表比对。',
  nothing: '没有需要报告的问题。',
  severityHigh: '高',
  severityMedium: '中',
  severityLow: '低',
  severityInfo: '提示',
};
