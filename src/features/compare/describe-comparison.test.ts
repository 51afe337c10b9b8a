import { describe, expect, it } from 'vitest';
import { describeDifference, describeTimeDifference } from './describe-comparison';

describe('compare wording', () => {
  it('says how far apart two times are', () => {
    expect(describeTimeDifference(7200)).toBe('2 h later');
    expect(describeTimeDifference(-5400)).toBe('1.5 h earlier');
    expect(describeTimeDifference(90)).toBe('1.5 min later');
    expect(describeTimeDifference(3 * 86_400)).toBe('3 d later');
    expect(describeTimeDifference(0)).toBe('the same time');
  });

  it('shows time claims as times with their difference', () => {
    expect(
      describeDifference({
        part: 'payload',
        path: '/exp',
        change: 'changed',
        before: 0,
        after: 7200,
        timeClaim: true,
        secondsLater: 7200,
      }),
    ).toBe('exp 2 h later: 1970-01-01T00:00:00Z → 1970-01-01T02:00:00Z');
  });

  it('unescapes the pointer for reading', () => {
    expect(describeDifference({ part: 'header', path: '/a~1b~0c', change: 'added', after: 1 })).toBe(
      'a/b~c: only in the second token (1)',
    );
  });
});
