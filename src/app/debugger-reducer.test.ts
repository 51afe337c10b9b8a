import { describe, expect, it } from 'vitest';
import { debuggerReducer, initialState } from './debugger-reducer';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const token = `${b64('{"alg":"HS256","typ":"JWT"}')}.${b64('{"sub":"x"}')}.c2ln`;

describe('debuggerReducer', () => {
  it('pretty-prints a pasted token into both editors', () => {
    const s = debuggerReducer(initialState, { type: 'tokenEdited', text: `Bearer ${token}\n` });
    expect(s.tokenText).toBe(token);
    expect(JSON.parse(s.headerText)).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(s.payloadText).toBe('{\n  "sub": "x"\n}');
  });

  it('re-encodes an edited payload, keeps the signature and the text as typed', () => {
    const s0 = debuggerReducer(initialState, { type: 'tokenEdited', text: token });
    const typed = '{ "sub": "y" }';
    const s1 = debuggerReducer(s0, { type: 'payloadEdited', text: typed });
    expect(s1.payloadText).toBe(typed);
    expect(s1.tokenText).toBe(`${token.split('.')[0]}.${b64('{"sub":"y"}')}.c2ln`);
    expect(s1.revision).toBe(s0.revision + 1);
  });

  it('leaves the token as it was while the payload is invalid JSON', () => {
    const s0 = debuggerReducer(initialState, { type: 'tokenEdited', text: token });
    const s1 = debuggerReducer(s0, { type: 'payloadEdited', text: '{ "sub": ' });
    expect(s1.tokenText).toBe(token);
    expect(s1.payloadError).toBeDefined();
    expect(s1.revision).toBe(s0.revision);
  });

  it('ignores header and payload edits while the token is a JWE (its editors are read-only)', () => {
    const jwe = `${b64('{"alg":"dir","enc":"A128GCM"}')}..aXY.Y2lwaGVy.dGFn`;
    const s0 = debuggerReducer(initialState, { type: 'tokenEdited', text: jwe });
    const s1 = debuggerReducer(s0, { type: 'headerEdited', text: s0.headerText });
    const s2 = debuggerReducer(s1, { type: 'payloadEdited', text: '{"sub":"x"}' });
    expect(s2).toBe(s0);
  });

  it('drops a signed token for an older revision', () => {
    const s0 = debuggerReducer(initialState, { type: 'tokenEdited', text: token });
    const stale = debuggerReducer(s0, { type: 'tokenSigned', revision: s0.revision - 1, token: 'a.b.c' });
    expect(stale.tokenText).toBe(token);
    const fresh = debuggerReducer(s0, { type: 'tokenSigned', revision: s0.revision, token: 'a.b.c' });
    expect(fresh.tokenText).toBe('a.b.c');
  });

  it('builds a token from the editors when there is none yet', () => {
    const s = debuggerReducer(initialState, { type: 'payloadEdited', text: '{"a":1}' });
    expect(s.tokenText).toBe(`${b64('{}')}.${b64('{"a":1}')}.`);
  });

  it('rewrites the header alg and marks the token as composed', () => {
    const s0 = debuggerReducer(initialState, { type: 'tokenEdited', text: token });
    const s1 = debuggerReducer(s0, { type: 'algChanged', alg: 'ES256' });
    expect(JSON.parse(s1.headerText)).toEqual({ alg: 'ES256', typ: 'JWT' });
    expect(s1.tokenText.split('.')[0]).toBe(b64('{"alg":"ES256","typ":"JWT"}'));
    expect(s1.tokenOrigin).toBe('edited');
    expect(s1.revision).toBe(s0.revision + 1);
  });

  it('patches claims and header parameters from helper buttons', () => {
    const s0 = debuggerReducer(initialState, { type: 'tokenEdited', text: token });
    const s1 = debuggerReducer(s0, { type: 'claimsPatched', patch: { exp: 100 } });
    expect(JSON.parse(s1.payloadText)).toEqual({ sub: 'x', exp: 100 });
    const s2 = debuggerReducer(s1, { type: 'headerPatched', patch: { kid: 'abc' } });
    expect(JSON.parse(s2.headerText)).toEqual({ alg: 'HS256', typ: 'JWT', kid: 'abc' });
    expect(s2.tokenText.split('.')[1]).toBe(b64('{"sub":"x","exp":100}'));
  });

  it('re-signs a composed token when the key changes, but only verifies a pasted one', () => {
    const pasted = debuggerReducer(initialState, { type: 'tokenEdited', text: token });
    expect(debuggerReducer(pasted, { type: 'keyEdited', text: 'k' }).revision).toBe(pasted.revision);
    const composed = debuggerReducer(pasted, { type: 'payloadEdited', text: '{"a":1}' });
    expect(debuggerReducer(composed, { type: 'keyEdited', text: 'k' }).revision).toBe(composed.revision + 1);
  });

  it('starts from a template with both editors replaced', () => {
    const s = debuggerReducer(initialState, {
      type: 'templateChosen',
      header: { alg: 'HS256' },
      payload: { user: 'u' },
    });
    expect(s.tokenText).toBe(`${b64('{"alg":"HS256"}')}.${b64('{"user":"u"}')}.`);
  });
});
