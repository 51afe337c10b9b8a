import { describe, expect, it } from 'vitest';
import { readTokenFromUrl } from './url-token';

const at = (search: string, hash: string) => ({ search, hash }) as Location;

/** What the same address says through URLSearchParams (the reading before the fast path). */
function reference(search: string, hash: string) {
  const query = new URLSearchParams(search);
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  let token: string | undefined;
  let fromQuery = false;
  for (const key of ['token', 'id_token', 'access_token']) token ??= fragment.get(key) ?? undefined;
  if (!token && query.get('token')) {
    token = query.get('token') ?? undefined;
    fromQuery = true;
  }
  if (!token) return undefined;
  const publicKey = fragment.get('publicKey') ?? undefined;
  return { token, fromQuery, ...(publicKey !== undefined ? { publicKey } : {}) };
}

describe('readTokenFromUrl', () => {
  it.each([
    ['', '#token=a.b.c'],
    ['', '#state=x&id_token=a.b.c&token_type=Bearer'],
    ['', '#access_token=a.b.c&expires_in=3600'],
    ['?token=q.r.s', ''],
    ['?x=1&token=q.r.s&y=2', '#other=1'],
    ['?token=q.r.s', '#token=a.b.c'],
    ['', '#token=a%2Eb.c'],
    ['', '#token=a+b'],
    ['', '#tok%65n=a.b.c'],
    ['', '#token=&id_token=a.b.c'],
    ['', '#token=a.b.c&token=d.e.f'],
    ['', '#token=a.b.c&publicKey=%7B%22kty%22%3A%22EC%22%7D'],
    ['', '#token'],
    ['', '#&&token=a.b.c&&'],
    ['', '#token=a=b=c'],
    ['', ''],
    ['?state=1', '#nothing=here'],
  ])('reads ?%s and %s as URLSearchParams does', (search, hash) => {
    expect(readTokenFromUrl(at(search, hash))).toEqual(reference(search, hash));
  });

  it('reads a megabyte token', () => {
    const token = `${'a'.repeat(1_000_000)}.b.c`;
    expect(readTokenFromUrl(at('', `#token=${token}&state=1`))?.token).toBe(token);
  });
});
