import { describe, expect, it } from 'vitest';
import { formatRelative } from './format-time';

describe('formatRelative', () => {
  it.each([
    [3540, 'in 59 minutes'],
    [3599, 'in 1 hour'],
    [-3 * 3600, '3 hours ago'],
    [-10, '10 seconds ago'],
    [2 * 86400, 'in 2 days'],
  ])('says %i seconds as %j', (delta, text) => {
    expect(formatRelative(1_700_000_000 + delta, 1_700_000_000, 'en')).toBe(text);
  });
});

describe('formatRelative in Chinese', () => {
  it.each([
    [3540, '59分钟后'],
    [-3 * 3600, '3小时前'],
    [2 * 86400, '后天'],
    [-10, '10秒钟前'],
  ])('says %i seconds as %j', (delta, text) => {
    expect(formatRelative(1_700_000_000 + delta, 1_700_000_000, 'zh-CN')).toBe(text);
  });
});
