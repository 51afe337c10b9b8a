import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, nestsDeeperThan, parseJsonWithin } from './json';
import { decodeToken } from '../token/token';

const b64 = (s: string) => Buffer.from(s).toString('base64url');
const arrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('nestsDeeperThan', () => {
  it('counts arrays and objects together, at the limit and one past it', () => {
    expect(nestsDeeperThan(arrays(3), 3)).toBe(false);
    expect(nestsDeeperThan(arrays(4), 3)).toBe(true);
    expect(nestsDeeperThan('{"a":[{"b":[1]}]}', 4)).toBe(false);
    expect(nestsDeeperThan('{"a":[{"b":[1]}]}', 3)).toBe(true);
  });

  it('counts both kinds of bracket together, however few of each there are', () => {
    // Three '[' and two '{': neither alone passes the limit of 3, together they nest 5 deep.
    expect(nestsDeeperThan('[{"a":[{"b":[]}]}]', 3)).toBe(true);
    expect(nestsDeeperThan(`{"a":"${'x'.repeat(5000)}"}`, 3)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(nestsDeeperThan(JSON.stringify({ s: '[[[[[[{{{{' }), 1)).toBe(false);
    expect(nestsDeeperThan(JSON.stringify({ s: 'say \\"[[[[" \\\\' }), 1)).toBe(false);
    expect(nestsDeeperThan(`{"s":"\\""}` + arrays(3), 2)).toBe(true);
  });
});

describe('parseJsonWithin', () => {
  it('parses ordinary JSON and reports syntax errors as data', () => {
    expect(parseJsonWithin('{"a":[1,2]}')).toEqual({ value: { a: [1, 2] } });
    expect(parseJsonWithin('{"a":')).toHaveProperty('error');
  });

  it('refuses nesting past the limit without parsing it', () => {
    expect(parseJsonWithin(arrays(MAX_JSON_DEPTH))).toHaveProperty('value');
    expect(parseJsonWithin(arrays(MAX_JSON_DEPTH + 1))).toEqual({ tooDeep: MAX_JSON_DEPTH });
  });

  it('answers for two million levels at once, where JSON.parse takes seconds', () => {
    const deep = `{"x":${arrays(2_000_000)}}`;
    expect(parseJsonWithin(deep)).toEqual({ tooDeep: MAX_JSON_DEPTH });
  });
});

describe('decodeToken with absurdly deep JSON', () => {
  it('shows a too-deep payload as text with a problem naming the payload, header still read', () => {
    const decoded = decodeToken(`${b64('{"alg":"HS256"}')}.${b64(`{"x":${arrays(50_000)}}`)}.c2ln`);
    expect(decoded.header?.value).toEqual({ alg: 'HS256' });
    expect(decoded.payload?.problem).toEqual({ code: 'segment-too-deep', segment: 'payload', limit: 1000 });
    expect(decoded.payload?.view?.type).toBe('text');
  });

  it('names a too-deep header', () => {
    const decoded = decodeToken(`${b64(arrays(5000))}.${b64('{}')}.c2ln`);
    expect(decoded.header?.problem).toEqual({ code: 'segment-too-deep', segment: 'header', limit: 1000 });
    expect(decoded.payload?.view?.type).toBe('claims');
  });
});
