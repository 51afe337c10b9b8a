// 页面框架（标题、分享链接、主题与语言选择）的中文消息。
import type { TranslationOf } from '../catalogue';
import type { appMessages } from '../en/app';

export const app: TranslationOf<typeof appMessages> = {
  title: 'JWT 调试器',
  privacy: '解码、验证、签名和加密都在本页面内完成：你粘贴的任何内容都不会离开本页，也不会被保存。',
  shareLink: '复制分享链接',
  theme: '主题',
  themeSystem: '跟随系统',
  themeLight: '浅色',
  themeDark: '深色',
  language: '语言',
  linkCopied:
    '链接已复制。令牌放在 # 片段中：浏览器从不把它发送给服务器，但会留在打开该链接者的浏览历史里{extra}：',
  linkCopiedPublicKey: '，公钥也在其中',
  linkCopiedNoSecret: '；其中不含任何密钥',
  shareLinkLabel: '分享链接',
};
