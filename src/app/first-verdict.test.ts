import { describe, expect, it } from 'vitest';
import { firstVerdict } from './first-verdict';
import { debuggerReducer, decodeToken, initialState } from './debugger-reducer';

const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const NOW = 1_700_000_000;
const jws = (payload: unknown, header: unknown = { alg: 'HS256' }) => `${enc(header)}.${enc(payload)}.c2ln`;

describe('firstVerdict', () => {
  it('says what the app says with no key: signature not checked, every claim problem', () => {
    const first = firstVerdict(jws({ sub: 'a', exp: NOW - 3 * 3600, nbf: NOW + 600 }), NOW);
    expect(first?.verdict).toEqual({
      hidden: false,
      tone: 'bad',
      parts: ['Signature not checked (no key)', 'expired 3 hours ago', 'not valid yet (valid in 10 minutes)'],
    });
    expect(first?.signature.state).toBe('no-key');
  });

  it('shows the editors’ text of the app’s first state', () => {
    const token = `Bearer ${jws({ sub: 'a' })}`;
    const state = debuggerReducer(initialState, { type: 'tokenEdited', text: token });
    expect(firstVerdict(token, NOW)).toMatchObject({
      tokenText: state.tokenText,
      headerText: state.headerText,
      payloadText: state.payloadText,
    });
  });

  it('judges an unsecured token as the app does', () => {
    const first = firstVerdict(`${enc({ alg: 'none' })}.${enc({ sub: 'a' })}.`, NOW);
    expect(first?.signature.state).toBe('unsecured');
    expect(first?.verdict.tone).toBe('bad');
  });

  it.each([
    ['a JWE', 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..aXYxMjM0NTY3ODkw.Y2lwaGVy.dGFnMTIzNDU2Nzg5MDEyMw'],
    [
      'a JSON-serialized JWS',
      JSON.stringify({ payload: enc({ sub: 'a' }), protected: enc({ alg: 'HS256' }), signature: 'c2ln' }),
    ],
    ['a detached payload', `${enc({ alg: 'HS256' })}..c2ln`],
    ['an SD-JWT', `${jws({ sub: 'a', _sd_alg: 'sha-256' })}~WyJzYWx0IiwibmFtZSIsInYiXQ~`],
    ['text that is not a token', 'hello'],
    ['two parts', `${enc({ alg: 'HS256' })}.${enc({ sub: 'a' })}`],
    [
      'an unknown critical header (worded with the app)',
      jws({ sub: 'a' }, { alg: 'HS256', crit: ['zz'], zz: 1 }),
    ],
    ['a header without alg (worded with the app)', jws({ sub: 'a' }, { typ: 'JWT' })],
  ])('leaves %s to the app', (_name, token) => {
    expect(decodeToken(token)).toBeDefined();
    expect(firstVerdict(token, NOW)).toBeUndefined();
  });
});
