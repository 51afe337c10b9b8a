import { describe, expect, it } from 'vitest';
import { cleanTokenInput, decodeToken, firstProblem } from './token';

const HS =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

describe('decodeToken', () => {
  it('decodes a plain JWS', () => {
    const d = decodeToken(HS);
    expect(d.kind).toBe('jws');
    expect(d.header?.value).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(d.payload?.view).toMatchObject({ type: 'claims', claims: { sub: '1234567890' } });
    expect(firstProblem(d)).toBeUndefined();
  });
  it('cleans Bearer, Authorization lines and whitespace', () => {
    expect(cleanTokenInput(`Authorization: Bearer ${HS}`).token).toBe(HS);
    expect(cleanTokenInput(`  Bearer ${HS.slice(0, 20)}\n${HS.slice(20)}  `).token).toBe(HS);
  });
});
