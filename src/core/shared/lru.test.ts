import { describe, expect, it } from 'vitest';
import { Lru } from './lru';

describe('Lru', () => {
  it('keeps at most its bound, dropping the least recently used', () => {
    const lru = new Lru<string, number>(3);
    for (const [i, k] of ['a', 'b', 'c', 'd', 'e'].entries()) lru.set(k, i);
    expect(lru.size).toBe(3);
    expect(lru.get('a')).toBeUndefined();
    expect(lru.get('b')).toBeUndefined();
    expect([lru.get('c'), lru.get('d'), lru.get('e')]).toEqual([2, 3, 4]);
  });

  it('counts a read as a use', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3);
    expect(lru.get('a')).toBe(1);
    expect(lru.get('b')).toBeUndefined();
  });

  it('replaces a value without growing', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('a', 2);
    expect(lru.size).toBe(1);
    expect(lru.get('a')).toBe(2);
  });
});
