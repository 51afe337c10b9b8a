// 经由 URL 传入的令牌或密钥的提示，以及整页错误界面的中文消息。
import type { TranslationOf } from '../catalogue';
import type { hardeningMessages } from '../en/hardening';

export const hardening: TranslationOf<typeof hardeningMessages> = {
  linkKeyAccepted:
    '密钥框中的公钥来自打开本页的链接，而不是你本人：用它验证通过的签名，只说明链接中的令牌和密钥彼此匹配。',
  linkKeyDropped:
    '该链接还携带了一个不是公钥的密钥（共享密钥或私钥），已被忽略：链接可以用它自带的密钥让伪造的令牌看起来有效。',
  queryToken:
    '此令牌来自 URL 的查询字符串（?token=），它已被发送给提供本页的服务器。令牌已从地址栏中移除；分享链接会把令牌放在 # 之后，只保留在浏览器中。',
  fragmentToken:
    '此令牌来自一个链接（#token=）。它已从地址栏中移除，但你打开的链接仍留在本浏览器的历史记录中；如果该令牌仍然有效，请在历史记录中将其清除。',
  pageCrashed: '页面出现了程序错误（{message}）。粘贴令牌即可重新开始；没有任何内容被发送出去。',
  unknownError: '未知错误',
  startAgain: '重新开始',
  encodedToken: '编码后的令牌',
};
