// 密钥发现面板的中文消息。
import type { TranslationOf } from '../catalogue';
import type { discoveryMessages } from '../en/discovery';

export const discovery: TranslationOf<typeof discoveryMessages> = {
  planIntro: '按下按钮后，将依次询问以下来源，直到取得密钥：',
  untrusted: '不可信',
  notHttps: '（不是 https：不会获取）',
  cancel: '取消',
  nothingFetched: '尚未获取任何内容。',
  asking: '正在询问 {url}…',
  theHeader: '令牌的头部',
  found: '已找到签名方的密钥，现已放入密钥框。',
  foundKid: '已找到签名方的密钥（kid 为 "{kid}"），现已放入密钥框。',
  untrustedNote: '此密钥由令牌自身指定，因此不可信：用它验证通过的签名本身不能证明任何事。',
  corsHelp: '你可以在新标签页中打开密钥集的 URL，复制其中的 JSON，再粘贴到上方的密钥框中。',
  heading: '查找签名方的密钥',
  pasteFirst: '请先粘贴令牌：之后才能按需获取其签发者公布的密钥。',
  fetch: '获取签名方的密钥',
  nothingLeaves: '在你按下按钮之前，任何内容都不会离开本页。',
};
