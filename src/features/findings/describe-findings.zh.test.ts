// The findings' wording in Simplified Chinese: the same function, given the zh-CN messages.
import { describe, expect, it } from 'vitest';
import { findingsWordingMessages } from '../../i18n/en/findings-wording';
import { messagesIn } from '../../i18n/testing';
import { describeFinding } from './describe-findings';

const zh = messagesIn(findingsWordingMessages, 'zh-CN');

describe('findings in zh-CN', () => {
  it('titles and explains a missing exp in Chinese', () => {
    const text = describeFinding(
      { code: 'missing-exp', severity: 'medium', rule: { title: 'RFC 7519 §4.1.4', url: 'https://x' } },
      zh,
    );
    expect(text.title).toBe('没有过期时间（exp）');
    expect(text.explanation).toContain('令牌一旦泄露就永远有效');
  });

  it('names the weak secret and the claim path, keeping spec words', () => {
    const rule = { title: 'RFC 8725', url: 'https://x' };
    expect(describeFinding({ code: 'weak-secret', secret: 'secret', severity: 'high', rule }, zh).title).toBe(
      '使用众所周知的密钥签名："secret"',
    );
    const sensitive = describeFinding(
      {
        code: 'sensitive-claim',
        path: ['user', 'password'],
        kind: 'password',
        match: 'name',
        severity: 'high',
        rule,
      },
      zh,
    );
    expect(sensitive.explanation).toBe(
      '声明 user.password 的名称看起来是密码。JWS 载荷只经过 base64url 编码：任何持有令牌的人都能读取。',
    );
  });

  it('joins kid reasons and durations the Chinese way', () => {
    const rule = { title: 'RFC 8725', url: 'https://x' };
    const kid = describeFinding(
      { code: 'kid-suspicious', kid: "../x'", reasons: ['path-traversal', 'quote'], severity: 'high', rule },
      zh,
    );
    expect(kid.explanation).toContain('它用 ../ 跳转到上级目录，并且它包含引号');
    const life = describeFinding(
      { code: 'long-lifetime', lifetimeSeconds: 30 * 86400, from: 'iat', severity: 'low', rule },
      zh,
    );
    expect(life.title).toBe('有效期过长：30 天');
  });
});
