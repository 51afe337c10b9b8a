// The payload editor shows a token's numbers as written (issue 16): 1e400, -0, 12345678901234567890, 1.0.

import { describe, expect, it } from 'vitest';
import { editorTexts } from './debugger-reducer';
import { decodeToken } from '../core/token';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('the payload editor', () => {
  it('shows numbers as the token wrote them, not as Infinity, null or rounded', () => {
    const payload = '{"sub":"a","exp":1e400,"nbf":-0,"id":12345678901234567890,"v":1.0}';
    const { payloadText } = editorTexts(decodeToken(`${b64('{"alg":"HS256"}')}.${b64(payload)}.sig`));
    expect(payloadText).toContain('"exp": 1e400');
    expect(payloadText).toContain('"nbf": -0');
    expect(payloadText).toContain('"id": 12345678901234567890');
    expect(payloadText).toContain('"v": 1.0');
    expect(payloadText).not.toContain('null');
  });

  it('still shows JSON.stringify’s text when every number survives', () => {
    const payload = '{"sub":"\\u0061","exp":1700000000}';
    const { payloadText } = editorTexts(decodeToken(`${b64('{"alg":"HS256"}')}.${b64(payload)}.sig`));
    expect(payloadText).toBe('{\n  "sub": "a",\n  "exp": 1700000000\n}');
  });
});
