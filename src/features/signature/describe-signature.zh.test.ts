// The signature-status sentence in Simplified Chinese: the same function, given the zh-CN messages.
import { describe, expect, it } from 'vitest';
import { problemsWordingMessages } from '../../i18n/en/problems-wording';
import { messagesIn } from '../../i18n/testing';
import { describeSignature } from './describe-signature';

const zh = messagesIn(problemsWordingMessages, 'zh-CN');

describe('signature wording in zh-CN', () => {
  it('says a signature failed in Chinese, with the reason', () => {
    const text = describeSignature(
      { state: 'invalid', problem: { code: 'signature-mismatch' }, warnings: [] },
      'jws',
      zh,
    );
    expect(text.startsWith('签名验证失败：')).toBe(true);
  });
});
