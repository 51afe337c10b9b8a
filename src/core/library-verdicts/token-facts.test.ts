import { describe, expect, it } from 'vitest';
import { encodeBase64urlText } from '../shared/base64url';
import { readTokenFacts } from './token-facts';

const tokenOf = (payload: object) =>
  `${encodeBase64urlText('{"alg":"HS256"}')}.${encodeBase64urlText(JSON.stringify(payload))}.c2ln`;

describe('readTokenFacts', () => {
  it('decodes a token once however often the models ask, and anew for another token', () => {
    const a = tokenOf({ sub: 'a' });
    const first = readTokenFacts(a);
    expect(readTokenFacts(`${a}`)).toBe(first);
    const b = readTokenFacts(tokenOf({ sub: 'b' }));
    expect(b).not.toBe(first);
    expect(b.payload).toEqual({ json: true, value: { sub: 'b' } });
    expect(readTokenFacts(a).payload).toEqual({ json: true, value: { sub: 'a' } });
  });
});
