// The verdict line in Simplified Chinese: the same computeVerdict, given the zh-CN words.
import { describe, expect, it } from 'vitest';
import { verdictWordingMessages } from '../../i18n/en/verdict-wording';
import { messagesIn } from '../../i18n/testing';
import { computeVerdict } from './compute-verdict';

const zh = messagesIn(verdictWordingMessages, 'zh-CN');
const base = { hidden: false, signing: false, now: 1_700_000_000 } as const;

describe('verdict in zh-CN', () => {
  it('says the signature was verified and the claims are fine', () => {
    const verdict = computeVerdict(
      {
        ...base,
        signature: { report: { state: 'valid', warnings: [] }, busy: false },
        claims: [{ name: 'exp', status: 'ok' }],
      },
      zh,
    );
    expect(verdict.parts).toEqual(['签名验证通过', '声明均有效']);
  });

  it('names a missing audience and an untrusted key source in Chinese', () => {
    const verdict = computeVerdict(
      {
        ...base,
        signature: { report: { state: 'valid', warnings: [] }, busy: false },
        claims: [{ name: 'aud', status: 'missing', expected: ['api'] }],
        keySource: 'jku',
      },
      zh,
    );
    expect(verdict.parts).toEqual([
      '签名验证通过，但所用密钥来自令牌的 jku（不可信）',
      '缺少受众（aud），预期为 api',
    ]);
  });
});
