// The JWE wording in Simplified Chinese: the same functions, given the zh-CN messages.
import { describe, expect, it } from 'vitest';
import { jweWordingMessages } from '../../i18n/en/jwe-wording';
import { messagesIn } from '../../i18n/testing';
import { describeDecryption } from './describe-decryption';
import { describeJwePart, describeJweProblem } from '../../shared/describe-jwe';

const zh = messagesIn(jweWordingMessages, 'zh-CN');

describe('JWE wording in zh-CN', () => {
  it('names the parts and explains a wrong key in Chinese', () => {
    expect(describeJwePart('tag', zh)).toBe('认证标签');
    expect(describeJweProblem({ code: 'jwe-wrong-key' }, zh)).toBe(
      '解密失败：这不是该令牌加密时针对的密钥（或者令牌已被修改）。',
    );
  });

  it('says what was decrypted, keeping the algorithm names', () => {
    expect(
      describeDecryption(
        { state: 'decrypted', alg: 'dir', enc: 'A256GCM', claims: { sub: 'x' } } as never,
        'DEF',
        zh,
      ),
    ).toBe(
      '已解密（dir / A256GCM，经 DEFLATE 压缩）：明文是一个声明集，显示在载荷编辑器中，并在声明表中判定。',
    );
  });
});
