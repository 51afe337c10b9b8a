// 比较面板的中文：差异行、时间差与声明问题。
import type { TranslationOf } from '../catalogue';
import type { compareWordingMessages } from '../en/compare-wording';

export const compareWording: TranslationOf<typeof compareWordingMessages> = {
  sameTime: '时间相同',
  later: '晚 {amount} {unit}',
  earlier: '早 {amount} {unit}',
  unitD: '天',
  unitH: '小时',
  unitMin: '分钟',
  unitS: '秒',
  signatureAdded: '只有第二个令牌带有签名。',
  signatureRemoved: '只有第一个令牌带有签名。',
  signaturesDiffer: '两个签名不同。',
  wholeHeader: '整个头部',
  wholePayload: '整个载荷',
  added: '{where}：只在第二个令牌中（{value}）',
  removed: '{where}：只在第一个令牌中（{value}）',
  changedTime: '{where} {difference}：{before} → {after}',
  changed: '{where}：{before} → {after}',
  statusExpired: '已过期',
  statusNotYetValid: '尚未生效',
  statusIssuedInFuture: '签发时间在未来',
  statusMismatch: '与预期值不符',
  statusMissing: '缺失',
  statusInvalid: '不是有效的值',
  claimProblem: '{claim}：{status}',
};
