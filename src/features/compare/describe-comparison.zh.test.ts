// The compare panel's wording in Simplified Chinese: the same functions, given the zh-CN messages.
import { describe, expect, it } from 'vitest';
import { compareWordingMessages } from '../../i18n/en/compare-wording';
import { messagesIn } from '../../i18n/testing';
import { describeClaimProblem, describeTimeDifference } from './describe-comparison';

const zh = messagesIn(compareWordingMessages, 'zh-CN');

describe('compare wording in zh-CN', () => {
  it('says how much later a time is, and a claim problem, in Chinese', () => {
    expect(describeTimeDifference(7200, zh)).toBe('晚 2 小时');
    expect(describeTimeDifference(-90, zh)).toBe('早 1.5 分钟');
    expect(describeClaimProblem({ name: 'exp', status: 'expired' }, zh)).toBe('exp：已过期');
  });
});
