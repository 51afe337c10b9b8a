// Tests for the weak-secret list and search: listed secrets are found, random ones are not, abort stops it.
import { describe, expect, it } from 'vitest';
import listText from './weak-secrets.txt?raw';
import { encodeBase64url, encodeBase64urlText } from '../shared/base64url';
import { findWeakSecret, parseWeakSecretList, splitHmacToken } from './weak-secret';
import type { HmacAlg } from './weak-secret';

const utf8Encode = (text: string) => new TextEncoder().encode(text);

const HASHES: Record<HmacAlg, string> = { HS256: 'SHA-256', HS384: 'SHA-384', HS512: 'SHA-512' };

async function signHmac(alg: HmacAlg, secret: string, claims: object = { sub: 'u1' }): Promise<string> {
  const input = `${encodeBase64urlText(JSON.stringify({ alg, typ: 'JWT' }))}.${encodeBase64urlText(JSON.stringify(claims))}`;
  const key = await crypto.subtle.importKey(
    'raw',
    utf8Encode(secret),
    { name: 'HMAC', hash: HASHES[alg] },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, utf8Encode(input)));
  return `${input}.${encodeBase64url(mac)}`;
}

const list = parseWeakSecretList(listText);

describe('weak-secrets.txt', () => {
  it('holds several thousand distinct secrets with the framework defaults first', () => {
    expect(list.length).toBeGreaterThanOrEqual(3000);
    expect(new Set(list).size).toBe(list.length);
    expect(list.slice(0, 10)).toContain('secret');
    for (const s of [
      'your-256-bit-secret',
      'your-secret-key',
      'changeme',
      'jwt-secret',
      'keyboard cat',
      'shhhhh',
    ]) {
      expect(list.indexOf(s)).toBeGreaterThanOrEqual(0);
      expect(list.indexOf(s)).toBeLessThan(400);
    }
    expect(list).toContain('password');
    expect(list.some((s) => s.startsWith('# '))).toBe(false);
  });
});

describe('splitHmacToken', () => {
  it('returns the signing input, signature and alg of an HS* token', async () => {
    const token = await signHmac('HS384', 'k');
    const parts = splitHmacToken(token);
    expect(parts?.alg).toBe('HS384');
    expect(parts?.signingInput).toBe(token.split('.').slice(0, 2).join('.'));
    expect(parts?.signature.length).toBe(48);
  });
  it.each([
    ['an RS256 token', `${encodeBase64urlText('{"alg":"RS256"}')}.${encodeBase64urlText('{}')}.AAAA`],
    ['an unsecured token', `${encodeBase64urlText('{"alg":"none"}')}.${encodeBase64urlText('{}')}.`],
    [
      'an HS256 token without signature',
      `${encodeBase64urlText('{"alg":"HS256"}')}.${encodeBase64urlText('{}')}.`,
    ],
    ['text that is not a token', 'hello'],
  ])('ignores %s', (_name, token) => {
    expect(splitHmacToken(token)).toBeUndefined();
  });
});

describe('findWeakSecret', () => {
  it.each<[HmacAlg, string]>([
    ['HS256', 'your-256-bit-secret'],
    ['HS384', 'keyboard cat'],
    ['HS512', 'changeme'],
    ['HS256', list[list.length - 1] ?? ''],
  ])('finds a %s token signed with the listed secret %j', async (alg, secret) => {
    const parts = splitHmacToken(await signHmac(alg, secret));
    if (!parts) throw new Error('not an HMAC token');
    const found = await findWeakSecret({ ...parts, candidates: list, signal: new AbortController().signal });
    expect(found).toBe(secret);
  });

  it('finds nothing for a token signed with a random secret, after trying every candidate', async () => {
    const random = encodeBase64url(crypto.getRandomValues(new Uint8Array(32)));
    const parts = splitHmacToken(await signHmac('HS256', random));
    if (!parts) throw new Error('not an HMAC token');
    let tried = 0;
    const found = await findWeakSecret({
      ...parts,
      candidates: list,
      signal: new AbortController().signal,
      onProgress: (n) => (tried = n),
    });
    expect(found).toBeUndefined();
    expect(tried).toBe(list.length);
  });

  it('stops between chunks once aborted, rejecting with the abort reason', async () => {
    const parts = splitHmacToken(await signHmac('HS256', 'not in the list at all 7f3a'));
    if (!parts) throw new Error('not an HMAC token');
    const controller = new AbortController();
    let tried = 0;
    const search = findWeakSecret({
      ...parts,
      candidates: list,
      chunkSize: 50,
      signal: controller.signal,
      onProgress: (n) => {
        tried = n;
        if (n >= 100) controller.abort(new Error('superseded'));
      },
    });
    await expect(search).rejects.toThrow('superseded');
    expect(tried).toBe(100);
  });

  it('does not start when the signal is already aborted', async () => {
    const parts = splitHmacToken(await signHmac('HS256', 'secret'));
    if (!parts) throw new Error('not an HMAC token');
    const controller = new AbortController();
    controller.abort();
    await expect(findWeakSecret({ ...parts, candidates: list, signal: controller.signal })).rejects.toThrow();
  });
});
