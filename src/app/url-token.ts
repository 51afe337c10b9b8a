// Reads a token handed over in the URL (#token=, #id_token=, #access_token=, or ?token=) and removes it.
import { LARGE_TOKEN } from '../shared/large-token';

export interface UrlToken {
  token: string;
  /** The token came in the query string, so the server that served this page has seen it. */
  fromQuery: boolean;
  /** A public key shared with the token (only ever a public key: the share button never adds secrets). */
  publicKey?: string;
}

const FRAGMENT_KEYS = ['token', 'id_token', 'access_token'];

/**
 * The first value of `key` in a query or fragment (`a=1&token=…`), as URLSearchParams reads it. A token of a
 * megabyte is read without URLSearchParams when it needs no decoding: Chromium's takes ~170 ms for that on a
 * 2-core machine, on the first verdict's path.
 */
function param(text: string, key: string): string | undefined {
  let start = 0;
  while (start <= text.length) {
    const amp = text.indexOf('&', start);
    const end = amp < 0 ? text.length : amp;
    const pair = text.slice(start, end);
    const eq = pair.indexOf('=');
    const name = eq < 0 ? pair : pair.slice(0, eq);
    if (name === key || (name.includes('%') || name.includes('+') ? decodeName(name) === key : false)) {
      const value = eq < 0 ? '' : pair.slice(eq + 1);
      return value.includes('%') || value.includes('+') ? (new URLSearchParams(pair).get(name) ?? '') : value;
    }
    start = end + 1;
  }
  return undefined;
}

const decodeName = (name: string) => [...new URLSearchParams(`${name}=`).keys()][0];

let last: { hash: string; search: string; result: UrlToken | undefined } | undefined;
/** A large link token taken out of the address before the app started (removeLargeTokenFromUrl), until the app
 * has taken it in: its own removeTokenFromUrl, after the first verdict, ends the hand-over. */
let handedOver: UrlToken | undefined;

/** The token handed over in the address bar, if any; reads only (removeTokenFromUrl takes it out). */
export function readTokenFromUrl(loc: Location = window.location): UrlToken | undefined {
  return readAddress(loc) ?? (loc === globalThis.location ? handedOver : undefined);
}

declare global {
  interface Window {
    /** The address of a large link, taken out of the address bar by public/large-link.js before the app loaded. */
    __largeLinkAddress?: { hash: string; search: string };
  }
}

/** The address as it came: `loc`'s own, or, for the page's, what public/large-link.js took out of it. */
function addressOf(loc: Location): { hash: string; search: string } {
  return (loc === globalThis.location ? globalThis.window?.__largeLinkAddress : undefined) ?? loc;
}

function readAddress(loc: Location): UrlToken | undefined {
  // Read once per address: the first verdict (first-verdict.ts) and the app's first state both ask.
  const address = addressOf(loc);
  const hash = address.hash.replace(/^#/, '');
  const search = address.search.replace(/^\?/, '');
  if (last && last.hash === hash && last.search === search) return last.result;
  let token: string | undefined;
  let fromQuery = false;
  for (const key of FRAGMENT_KEYS) {
    token ??= param(hash, key);
  }
  if (!token && param(search, 'token')) {
    token = param(search, 'token');
    fromQuery = true;
  }
  const publicKey = token ? param(hash, 'publicKey') : undefined;
  const result = token ? { token, fromQuery, ...(publicKey !== undefined ? { publicKey } : {}) } : undefined;
  last = { hash, search, result };
  return result;
}

/**
 * `text` (a query or fragment, without ? or #) without the pairs named one of `keys`, as URLSearchParams writes
 * it. Only the pairs kept go through URLSearchParams: parsing a megabyte token's pair and writing it back took
 * ~200 ms of the task that takes it out of the address.
 */
function withoutKeys(text: string, keys: readonly string[]): string {
  const kept = text.split('&').filter((pair) => {
    const eq = pair.indexOf('=');
    const name = eq < 0 ? pair : pair.slice(0, eq);
    return !keys.includes(name.includes('%') || name.includes('+') ? (decodeName(name) ?? name) : name);
  });
  return new URLSearchParams(kept.join('&')).toString();
}

/** Removes the token (and a shared public key) from the address bar with history.replaceState. */
export function removeTokenFromUrl(loc: Location = window.location, history: History = window.history): void {
  const address = addressOf(loc);
  if (loc === globalThis.location) {
    handedOver = undefined;
    delete window.__largeLinkAddress;
  }
  const search = withoutKeys(address.search.replace(/^\?/, ''), ['token']);
  const hash = withoutKeys(address.hash.replace(/^#/, ''), [...FRAGMENT_KEYS, 'publicKey']);
  history.replaceState(
    history.state,
    '',
    `${loc.pathname}${search ? `?${search}` : ''}${hash ? `#${hash}` : ''}`,
  );
}

/**
 * Takes a large token (over LARGE_TOKEN) out of the address at once. Until it is out, everything that reads the
 * document's address copies it: every request the page makes (each module chunk), every URL resolved against
 * it, DevTools' and a driver's events. For a 1 MB token that cost more than the replaceState; readTokenFromUrl
 * still answers with the token afterwards. True when it took one out. A link public/large-link.js has already
 * taken out of the address bar (the usual case) costs only the writing back of what was not the token.
 */
export function removeLargeTokenFromUrl(): boolean {
  const linked = readTokenFromUrl();
  const early = window.__largeLinkAddress;
  if (early && !linked) {
    // public/large-link.js took out an address this page reads no token from: it goes back as it was.
    delete window.__largeLinkAddress;
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${early.search}${early.hash}`,
    );
    return false;
  }
  if (!linked || linked.token.length <= LARGE_TOKEN) return false;
  removeTokenFromUrl();
  handedOver = linked;
  return true;
}

/** A link that opens this page with the token in the fragment (never sent to any server). */
export function makeShareLink(token: string, publicKey?: string, loc: Location = window.location): string {
  const params = new URLSearchParams({ token });
  if (publicKey) params.set('publicKey', publicKey);
  return `${loc.origin}${loc.pathname}#${params.toString()}`;
}
