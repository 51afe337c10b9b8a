// The SD-JWT wording in Simplified Chinese: the same functions, given the zh-CN messages.
import { describe, expect, it } from 'vitest';
import { sdJwtWordingMessages } from '../../i18n/en/sd-jwt-wording';
import { messagesIn } from '../../i18n/testing';
import { describeSdJwtProblem, describeSdJwtType } from './describe-sd-jwt';

const zh = messagesIn(sdJwtWordingMessages, 'zh-CN');

describe('SD-JWT wording in zh-CN', () => {
  it('explains a repeated disclosure and a missing typ in Chinese, keeping RFC references', () => {
    expect(
      describeSdJwtProblem({ code: 'sd-disclosure-repeated', index: 2, firstIndex: 0 } as never, zh),
    ).toBe('第 3 个披露与第 1 个披露相同（摘要相同）：必须拒绝该 SD-JWT（RFC 9901 §7.1 第 4 步）。');
    expect(describeSdJwtType({ typ: 'absent' } as never, zh)).toContain('RFC 9901 §9.11');
  });
});
