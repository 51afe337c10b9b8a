import { describe, expect, it } from 'vitest';
import { parseDuration } from './duration';

describe('parseDuration', () => {
  it.each([
    ['30m', 1800],
    ['1h', 3600],
    ['7d', 604800],
    ['1h30m', 5400],
    [' 90 ', 90],
    ['1.5h', 5400],
  ])('reads %j as %i seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });
  it.each(['', 'soon', '1x', 'h1', '-5m'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});
