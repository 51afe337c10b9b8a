// The problems' wording in Simplified Chinese: the same functions, given the zh-CN messages.
import { describe, expect, it } from 'vitest';
import { problemsWordingMessages } from '../i18n/en/problems-wording';
import { messagesIn } from '../i18n/testing';
import { describeKey } from './describe-keys';
import { describeProblem } from './describe-problem';

const zh = messagesIn(problemsWordingMessages, 'zh-CN');

describe('problem wording in zh-CN', () => {
  it('names the part and the position of a bad base64url character', () => {
    const text = describeProblem(
      { code: 'segment-not-base64url', segment: 'payload', character: '!', index: 4 },
      zh,
    );
    expect(text).toBe('载荷不是 base64url：第 5 个字符 "!" 不允许出现（只允许 A–Z、a–z、0–9、- 和 _）。');
  });

  it('describes a key in Chinese', () => {
    expect(describeKey({ format: 'pem-spki', kty: 'RSA', bits: 2048, visibility: 'public' }, zh)).toBe(
      'RSA 2048 位 公钥 · SPKI PEM',
    );
  });

  it('still speaks English with the English messages', () => {
    expect(describeProblem({ code: 'empty-token' }, problemsWordingMessages.get())).toBe(
      'Paste a token to decode it.',
    );
  });
});

describe('hardening wording in zh-CN', () => {
  it('explains an algorithm/key mismatch in Chinese, keeping the spec names', async () => {
    const { describeHardeningProblem, hardeningWordingMessages } = await import('./describe-hardening');
    const text = describeHardeningProblem(
      { code: 'alg-key-mismatch', alg: 'ES256', keyType: 'RSA', expected: 'EC' },
      messagesIn(hardeningWordingMessages, 'zh-CN'),
    );
    expect(text).toBe('密钥与令牌的算法不匹配：这是 RSA 密钥，而 ES256 需要使用 EC P-256 密钥。');
  });

  it('explains a signature mismatch and a short secret in Chinese', async () => {
    const { describeHardeningProblem, hardeningWordingMessages } = await import('./describe-hardening');
    const zhHardening = messagesIn(hardeningWordingMessages, 'zh-CN');
    expect(describeHardeningProblem({ code: 'signature-mismatch' }, zhHardening)).toBe(
      '签名不匹配：令牌已被修改，或是用其他密钥签名的。',
    );
    expect(
      describeHardeningProblem(
        { code: 'secret-too-short', alg: 'HS256', bytes: 5, minBytes: 32 },
        zhHardening,
      ),
    ).toBe('密钥只有 5 字节；HS256 应至少使用 32 字节（RFC 7518 §3.2）。');
  });
});
