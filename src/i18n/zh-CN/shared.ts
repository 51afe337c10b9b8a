// 共享控件的中文消息。
import type { TranslationOf } from '../catalogue';
import type { sharedMessages } from '../en/shared';

export const shared: TranslationOf<typeof sharedMessages> = {
  outOfRange: '超出范围',
  copy: '复制',
  copied: '已复制',
  copyFailed: '复制失败',
  copyDone: '{label}：已完成',
  panelCrashed: '此面板出现了程序错误（{message}）。页面其余部分仍可正常使用。',
  unknownError: '未知错误',
  secretIs: '共享密钥的编码',
  utf8: 'UTF-8 文本',
  hex: '十六进制',
  tryAgain: '重试',
  loadingSigning: '正在加载签名工具…',
};
