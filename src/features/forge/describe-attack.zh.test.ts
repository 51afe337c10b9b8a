// The forge's wording in Simplified Chinese: the same functions, given the zh-CN messages.
import { describe, expect, it } from 'vitest';
import { ATTACK_IDS } from '../../core/forge';
import { forgeWordingMessages } from '../../i18n/en/forge-wording';
import { messagesIn } from '../../i18n/testing';
import { attackWords, describeForgeProblem } from './describe-attack';

const zh = messagesIn(forgeWordingMessages, 'zh-CN');

describe('forge wording in zh-CN', () => {
  it('titles the algorithm-confusion attack and says what a correct verifier does, in Chinese', () => {
    const words = attackWords('hs-with-public-key', zh);
    expect(words.title).toBe('用公钥签名的 HS256（算法混淆）');
    expect(words.correct.startsWith('拒绝它：')).toBe(true);
    expect(describeForgeProblem({ code: 'forge-url-missing' }, zh)).toBe('请给出 jku 头部应指向的 URL。');
  });

  it('has English words for every attack', () => {
    for (const id of ATTACK_IDS) expect(attackWords(id).title).not.toBe('');
  });
});
