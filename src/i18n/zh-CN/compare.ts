// 比较面板的中文消息。
import type { TranslationOf } from '../catalogue';
import type { compareMessages } from '../en/compare';

export const compare: TranslationOf<typeof compareMessages> = {
  firstToken: '第一个令牌：',
  secondToken: '第二个令牌：',
  checking: '正在检查…',
  heading: '与另一个令牌比较',
  secondLabel: '要比较的第二个令牌',
  placeholder: '粘贴第二个令牌：它与上方令牌的差异会列在这里',
  swap: '交换两个令牌',
  previousTitle: '把上次粘贴或编辑之前的令牌放到这里',
  previous: '与上次编辑之前的令牌比较',
  nothing: '尚无可比较的内容。',
  secondProblem: '第二个令牌的{part}：{problem}',
  same: '两个令牌完全相同。',
  differences: { other: '{count} 处差异' },
  signaturesDiffer: '；签名不同。',
  signaturesSame: '；签名相同。',
  differencesLabel: '差异',
  partHeader: '头部',
  partPayload: '载荷',
  partSignature: '签名',
  keyInBox: '密钥框中的密钥',
  claimProblems: '仅一个令牌存在的声明问题',
  firstOnly: '仅第一个令牌：',
  secondOnly: '仅第二个令牌：',
  sideBySide: '并排对照（第一个 | 第二个）',
  headerDiff: '两个令牌的头部',
  payloadDiff: '两个令牌的载荷',
};
