import { afterEach, describe, expect, it } from 'vitest';
import { decodeBase64url } from './base64url';

// Uint8Array.fromBase64 as the browsers have it (ES2026): base64url alphabet, ASCII whitespace skipped, '='
// padding read. Node 20 has none, so the table-driven decoder is what the other tests exercise; this stands in
// for the browser's to test what decodeBase64url refuses around it.
function fromBase64(text: string, { alphabet }: { alphabet: string }): Uint8Array {
  expect(alphabet).toBe('base64url');
  const stripped = text.replace(/[\t\n\f\r ]/g, '');
  const body = stripped.replace(/={1,2}$/, '');
  if (!/^[A-Za-z0-9_-]*$/.test(body) || body.length % 4 === 1) throw new SyntaxError('bad base64');
  return new Uint8Array(Buffer.from(body, 'base64url'));
}

const bytes = (text: string) => Array.from(decodeBase64url(text));
const cases = ['', 'AA', 'AAE', 'AAEC', 'eyJhbGciOiJIUzI1NiJ9', '-_-_', 'AQID_w'];

describe('decodeBase64url with the browser decoder', () => {
  const table = cases.map(bytes);
  const holder = Uint8Array as unknown as { fromBase64?: typeof fromBase64 };
  afterEach(() => delete holder.fromBase64);

  it('decodes what the table-driven decoder decodes, to the same bytes', () => {
    holder.fromBase64 = fromBase64;
    expect(cases.map(bytes)).toEqual(table);
  });

  it('refuses whitespace, padding and the standard alphabet, as the table-driven decoder does', () => {
    for (const bad of ['AA AA', 'AAE=', 'AA==', 'AA\nAA', 'AA+/', 'AA.A']) {
      delete holder.fromBase64;
      expect(() => decodeBase64url(bad), bad).toThrow(TypeError);
      holder.fromBase64 = fromBase64;
      expect(() => decodeBase64url(bad), bad).toThrow(TypeError);
    }
    expect(() => decodeBase64url('AAAAA')).toThrow(RangeError);
  });
});
