import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasLineOfLength, trimTrailing } from './text-scan';

describe('text-scan', () => {
  it('trims a trailing run like /c+$/ does', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '/', '=', '\n') }), (s) => {
        /* eslint-disable regexp/no-super-linear-move -- the quadratic patterns are the oracle here, on fast-check's short strings */
        expect(trimTrailing(s, '/')).toBe(s.replace(/\/+$/, ''));
        expect(trimTrailing(s, '=')).toBe(s.replace(/=+$/, ''));
        /* eslint-enable regexp/no-super-linear-move */
      }),
    );
  });
  it('finds a line of a given length like /[^\\n]{n}/ does', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n') }), fc.integer({ min: 1, max: 8 }), (s, n) => {
        expect(hasLineOfLength(s, n)).toBe(new RegExp(`[^\\n]{${n}}`).test(s));
      }),
    );
  });
  it('stays linear on 1 MB of the worst case', () => {
    const slashes = `https://a${'/'.repeat(1_000_000)}x`;
    const t0 = performance.now();
    trimTrailing(slashes, '/');
    trimTrailing(`${'='.repeat(1_000_000)}A`, '=');
    hasLineOfLength('a'.repeat(19_999).concat('\n').repeat(50), 20_000);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
