import { describe, expect, it } from 'vitest';
import { createTokenDecoder } from './memo';
import { decodeToken } from './token';

const A = 'eyJhbGciOiJIUzI1NiJ9.eyJhIjoxfQ.c2ln';
const B = 'eyJhbGciOiJIUzI1NiJ9.eyJiIjoyfQ.c2ln';
const C = 'eyJhbGciOiJIUzI1NiJ9.eyJjIjozfQ.c2ln';

describe('createTokenDecoder', () => {
  it('returns the same object for the same input, and decodes like decodeToken', () => {
    const decode = createTokenDecoder();
    const first = decode(A);
    expect(decode(A)).toBe(first);
    expect(first).toEqual(decodeToken(A));
  });
  it('decodeToken itself keeps nothing: each call is a new object', () => {
    expect(decodeToken(A)).not.toBe(decodeToken(A));
  });
  it('keeps at most `bound` inputs, dropping the least recently used', () => {
    const decode = createTokenDecoder(2);
    const a = decode(A);
    const b = decode(B);
    expect(decode(A)).toBe(a); // A is now the most recent
    decode(C); // drops B
    expect(decode(A)).toBe(a);
    expect(decode(B)).not.toBe(b);
  });
  it('with the default bound of 1, a second input replaces the first', () => {
    const decode = createTokenDecoder();
    const a = decode(A);
    decode(B);
    expect(decode(A)).not.toBe(a);
  });
  it('two decoders share nothing', () => {
    expect(createTokenDecoder()(A)).not.toBe(createTokenDecoder()(A));
  });
});
