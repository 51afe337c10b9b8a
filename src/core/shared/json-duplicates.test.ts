import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDuplicateMembers } from './json-duplicates';

describe('findDuplicateMembers', () => {
  it('names the member and both values as written', () => {
    expect(findDuplicateMembers('{"alg":"HS256","alg":"none"}')).toEqual([
      { path: [], member: 'alg', first: '"HS256"', second: '"none"' },
    ]);
    expect(findDuplicateMembers('{ "sub" : "alice" , "x":[1,{"sub":1}], "sub": "admin" }')).toEqual([
      { path: [], member: 'sub', first: '"alice"', second: '"admin"' },
    ]);
  });
  it('finds them in nested objects, with escaped names and container values', () => {
    expect(findDuplicateMembers('{"a":{"r\\u006fle":{"x":1},"role":[true, null]}}')).toEqual([
      { path: ['a'], member: 'role', first: '{"x":1}', second: '[true, null]' },
    ]);
  });
  it('finds none in JSON without duplicates (any JSON.stringify output)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(findDuplicateMembers(JSON.stringify(v, null, 1))).toEqual([]);
      }),
    );
  });
  it('agrees with a count of keys on objects built with a repeated key', () => {
    fc.assert(
      fc.property(fc.string(), fc.jsonValue(), fc.jsonValue(), (key, a, b) => {
        const text = `{${JSON.stringify(key)}:${JSON.stringify(a)},"z":0,${JSON.stringify(key)}:${JSON.stringify(b)}}`;
        const found = findDuplicateMembers(text);
        expect(found.map((d) => d.member)).toContain(key);
      }),
    );
  });
  it('is linear: 1 MB of members in well under a second (a quadratic scan takes minutes)', () => {
    const text = `{${Array.from({ length: 60_000 }, (_, i) => `"k${i}":"${i}"`).join(',')},"k1":2}`;
    const t0 = performance.now();
    expect(findDuplicateMembers(text)).toHaveLength(1);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
