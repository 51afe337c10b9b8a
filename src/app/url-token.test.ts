import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readTokenFromUrl, removeLargeTokenFromUrl, removeTokenFromUrl } from './url-token';
import { LARGE_TOKEN } from '../shared/large-token';

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

const CASES: [string, string][] = [
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
  ['?a=b+c&token=q&z=%7E', '#publicKey=k&x=a%20b&&id_token=1&y'],
];

describe('readTokenFromUrl', () => {
  it.each(CASES)('reads ?%s and %s as URLSearchParams does', (search, hash) => {
    expect(readTokenFromUrl(at(search, hash))).toEqual(reference(search, hash));
  });

  it('reads a megabyte token', () => {
    const token = `${'a'.repeat(1_000_000)}.b.c`;
    expect(readTokenFromUrl(at('', `#token=${token}&state=1`))?.token).toBe(token);
  });
});

/** The address removeTokenFromUrl leaves, as URLSearchParams' delete and toString write it (the first reading). */
function referenceRemoval(search: string, hash: string): string {
  const query = new URLSearchParams(search);
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  for (const key of ['token', 'id_token', 'access_token', 'publicKey']) fragment.delete(key);
  query.delete('token');
  const q = query.toString();
  const h = fragment.toString();
  return `/app${q ? `?${q}` : ''}${h ? `#${h}` : ''}`;
}

function removed(search: string, hash: string): string {
  let url = '';
  const history = { state: null, replaceState: (_s: unknown, _t: string, u: string) => (url = u) };
  removeTokenFromUrl({ search, hash, pathname: '/app' } as Location, history as unknown as History);
  return url;
}

describe('removeTokenFromUrl', () => {
  it.each(CASES)('leaves ?%s and %s as URLSearchParams does', (search, hash) => {
    expect(removed(search, hash)).toBe(referenceRemoval(search, hash));
  });

  it('takes a megabyte token out and keeps the rest', () => {
    const token = `${'a'.repeat(1_000_000)}.b.c`;
    expect(removed('?x=1', `#state=s&token=${token}&scope=a+b`)).toBe('/app?x=1#state=s&scope=a+b');
  });
});

/** A page address the functions' defaults (window.location, window.history) read and replaceState rewrites. */
function pageAt(hash: string, search = '') {
  const location = { search, hash, pathname: '/', href: `http://localhost/${search}${hash}` } as Location;
  const history = {
    state: null,
    replaceState: (_s: unknown, _t: string, u: string) => {
      const at = u.indexOf('#');
      location.hash = at < 0 ? '' : u.slice(at);
      const path = at < 0 ? u : u.slice(0, at);
      const q = path.indexOf('?');
      location.search = q < 0 ? '' : path.slice(q);
    },
  } as unknown as History;
  const window = { location, history } as Window & typeof globalThis;
  vi.stubGlobal('location', location);
  vi.stubGlobal('window', window);
  return { location, window };
}

/** Runs public/large-link.js (the head script index.html inlines) on `page`; its timer runs at once. */
function runLargeLinkScript(page: ReturnType<typeof pageAt>) {
  const code = readFileSync(new URL('../../public/large-link.js', import.meta.url), 'utf8');
  const timers: (() => void)[] = [];
  new Function('window', 'location', 'history', 'setTimeout', code)(
    page.window,
    page.location,
    page.window.history,
    (f: () => void) => timers.push(f),
  );
  return () => timers.forEach((f) => f());
}

describe('removeLargeTokenFromUrl', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('takes a large token out of the address and hands it to the app until the app removes it itself', () => {
    const token = `${'a'.repeat(LARGE_TOKEN)}.b.c`;
    const { location } = pageAt(`#token=${token}&state=s`);
    expect(removeLargeTokenFromUrl()).toBe(true);
    expect(location.hash).toBe('#state=s');
    expect(readTokenFromUrl()).toEqual({ token, fromQuery: false });
    // The app's own removal (after its first verdict) ends the hand-over: a later start (the root error
    // boundary's) reads no link token and keeps the token it carried over.
    removeTokenFromUrl();
    expect(readTokenFromUrl()).toBeUndefined();
  });

  it('leaves a token of ordinary size in the address', () => {
    const { location } = pageAt('#token=a.b.c');
    expect(removeLargeTokenFromUrl()).toBe(false);
    expect(location.hash).toBe('#token=a.b.c');
    expect(readTokenFromUrl()?.token).toBe('a.b.c');
  });
});

describe('a large link taken out of the address by public/large-link.js before the app loads', () => {
  afterEach(() => {
    if (globalThis.window) removeTokenFromUrl(); // ends any hand-over a test left
    vi.unstubAllGlobals();
  });
  const large = `${'a'.repeat(LARGE_TOKEN)}.b.c`;

  it('leaves the address at once and hands it to the app, which puts back what was not the token', () => {
    const page = pageAt(`#state=s&token=${large}`, '?x=1');
    runLargeLinkScript(page)();
    expect(page.location.hash).toBe('');
    expect(page.location.search).toBe('');
    expect(readTokenFromUrl()).toEqual({ token: large, fromQuery: false });
    expect(removeLargeTokenFromUrl()).toBe(true);
    expect(page.location.hash).toBe('#state=s');
    expect(page.location.search).toBe('?x=1');
    expect(readTokenFromUrl()?.token).toBe(large);
    removeTokenFromUrl();
    expect(readTokenFromUrl()).toBeUndefined();
  });

  it('does not write the address once the app has written it, whichever runs first', () => {
    const page = pageAt(`#id_token=${large}&state=s`);
    const runTimer = runLargeLinkScript(page);
    expect(removeLargeTokenFromUrl()).toBe(true);
    runTimer();
    expect(page.location.hash).toBe('#state=s');
  });

  it('takes a large ?token= out too', () => {
    const page = pageAt('', `?token=${large}`);
    runLargeLinkScript(page)();
    expect(page.location.search).toBe('');
    expect(readTokenFromUrl()).toEqual({ token: large, fromQuery: true });
  });

  it.each([
    ['an ordinary link', '#token=a.b.c'],
    ['a long address with no token key', `#state=${large}`],
    ['a key that only ends in token', `#mytoken=${large}`],
  ])('leaves %s to the app', (_what, hash) => {
    const page = pageAt(hash);
    runLargeLinkScript(page)();
    expect(page.window.__largeLinkAddress).toBeUndefined();
    expect(page.location.hash).toBe(hash);
  });

  it('puts an address back as it was when the app reads no token from it', () => {
    // A key large-link.js takes for a token key but the app does not read: its value is empty.
    const hash = `#state=${large}&token=`;
    const page = pageAt(hash, '?x=1');
    runLargeLinkScript(page)();
    expect(page.location.hash).toBe('');
    expect(removeLargeTokenFromUrl()).toBe(false);
    expect(page.location.hash).toBe(hash);
    expect(page.location.search).toBe('?x=1');
    expect(page.window.__largeLinkAddress).toBeUndefined();
  });

  it('takes a link as large at the length the app calls a token large', () => {
    const code = readFileSync(new URL('../../public/large-link.js', import.meta.url), 'utf8');
    expect(code).toContain(`<= ${LARGE_TOKEN})`);
  });
});
