// The token profile's wording in Simplified Chinese: the same functions, given the zh-CN messages.
import { describe, expect, it } from 'vitest';
import { profileWordingMessages } from '../../i18n/en/profile-wording';
import { messagesIn } from '../../i18n/testing';
import { describeHashCheck, describeProfileCheck, typeName } from './describe-profile';

const zh = messagesIn(profileWordingMessages, 'zh-CN');

describe('token profile wording in zh-CN', () => {
  it('names the kind of token in Chinese', () => {
    expect(typeName('id-token', zh)).toBe('ID 令牌');
    expect(typeName('access-token', zh)).toBe('访问令牌');
  });

  it('explains an ID token sent to an API in Chinese, keeping the spec names', () => {
    const text = describeProfileCheck(
      { code: 'id-token-as-access-token', status: 'mismatch', because: 'expected-type' } as never,
      zh,
    );
    expect(text).toContain('ID 令牌');
    expect(text).toContain('at+jwt');
    expect(text).toContain('RFC 9068 §4');
  });

  it('says an at_hash mismatch in Chinese with both values', () => {
    const text = describeHashCheck(
      { state: 'mismatch', hash: 'SHA-256', computed: 'abc', expected: 'xyz' } as never,
      'at_hash',
      zh,
    );
    expect(text).toBe('at_hash 不匹配：访问令牌的 SHA-256 哈希值的左半部分为 abc，而令牌中是 xyz。');
  });

  it('still speaks English with the English messages', () => {
    expect(typeName('logout-token')).toBe('logout token (OIDC Back-Channel Logout)');
  });
});
