// The claim and header descriptions in the chosen language: core's English by default, Chinese with zh-CN words.
import { describe, expect, it } from 'vitest';
import { messagesIn } from '../i18n/testing';
import { registeredClaimNames, registeredHeaderNames } from '../core/shared/lazy';
import { describeClaimName, describeHeaderName, registryWordingMessages } from './registry-words';

const zh = messagesIn(registryWordingMessages, 'zh-CN');

describe('registry words', () => {
  it('describes exp and kid in Chinese, keeping the spec reference', () => {
    const exp = describeClaimName('exp', zh);
    expect(exp?.title).toBe('过期时间');
    expect(exp?.description).toBe('在此时间及之后，不得接受该令牌。');
    expect(exp?.spec).toBe('RFC 7519 §4.1.4');
    expect(describeHeaderName('kid', zh)?.title).toBe('密钥 ID');
    expect(describeClaimName('aud', zh)?.title).toBe('受众');
  });

  it('keeps the English of core with the English words', () => {
    expect(describeClaimName('iss', registryWordingMessages.get())?.description).toBe(
      'Who issued the token.',
    );
    expect(describeClaimName('not-registered', zh)).toBeUndefined();
  });

  it('has a Chinese title and description for every registered name', () => {
    for (const name of registeredClaimNames()) {
      expect(describeClaimName(name, zh)?.description, name).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const name of registeredHeaderNames()) {
      expect(describeHeaderName(name, zh)?.description, name).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
