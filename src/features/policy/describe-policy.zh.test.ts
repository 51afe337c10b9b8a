// The policy and library-verdict wording in Simplified Chinese: the same functions, given the zh-CN messages.
import { describe, expect, it } from 'vitest';
import { policyWordingMessages } from '../../i18n/en/policy-wording';
import { messagesIn } from '../../i18n/testing';
import { describeLibraryVerdict, describePolicyReason } from './describe-policy';

const zh = messagesIn(policyWordingMessages, 'zh-CN');

describe('policy wording in zh-CN', () => {
  it('explains a refused algorithm and a missing required claim in Chinese', () => {
    expect(
      describePolicyReason({ code: 'alg-not-allowed', alg: 'HS256', allowed: ['RS256', 'ES256'] }, zh),
    ).toBe('alg HS256 不在允许的算法（RS256、ES256）之列：无论签名如何，验证方都会拒绝它。');
    expect(describePolicyReason({ code: 'claim-missing', claim: 'aud' }, zh)).toBe('缺少必需声明 aud。');
  });

  it('says what a library does, keeping its error name', () => {
    expect(
      describeLibraryVerdict(
        { lib: 'pyjwt', verdict: 'reject', error: 'ExpiredSignatureError: Signature has expired' } as never,
        zh,
      ),
    ).toBe('拒绝该令牌：ExpiredSignatureError: Signature has expired');
  });
});
