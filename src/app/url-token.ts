// Reads a token handed over in the URL (#token=, #id_token=, #access_token=, or ?token=) and removes it.

export interface UrlToken {
  token: string;
  /** The token came in the query string, so the server that served this page has seen it. */
  fromQuery: boolean;
  /** A public key shared with the token (only ever a public key: the share button never adds secrets). */
  publicKey?: string;
}

const FRAGMENT_KEYS = ['token', 'id_token', 'access_token'];

/** The token handed over in the address bar, if any; reads only (removeTokenFromUrl takes it out). */
export function readTokenFromUrl(loc: Location = window.location): UrlToken | undefined {
  const query = new URLSearchParams(loc.search);
  const fragment = new URLSearchParams(loc.hash.replace(/^#/, ''));
  let token: string | undefined;
  let fromQuery = false;
  for (const key of FRAGMENT_KEYS) {
    token ??= fragment.get(key) ?? undefined;
  }
  if (!token && query.get('token')) {
    token = query.get('token') ?? undefined;
    fromQuery = true;
  }
  if (!token) return undefined;
  const publicKey = fragment.get('publicKey') ?? undefined;
  return { token, fromQuery, publicKey };
}

/** Removes the token (and a shared public key) from the address bar with history.replaceState. */
export function removeTokenFromUrl(loc: Location = window.location, history: History = window.history): void {
  const query = new URLSearchParams(loc.search);
  const fragment = new URLSearchParams(loc.hash.replace(/^#/, ''));
  for (const key of [...FRAGMENT_KEYS, 'publicKey']) fragment.delete(key);
  query.delete('token');
  const search = query.toString();
  const hash = fragment.toString();
  history.replaceState(
    history.state,
    '',
    `${loc.pathname}${search ? `?${search}` : ''}${hash ? `#${hash}` : ''}`,
  );
}

/** A link that opens this page with the token in the fragment (never sent to any server). */
export function makeShareLink(token: string, publicKey?: string, loc: Location = window.location): string {
  const params = new URLSearchParams({ token });
  if (publicKey) params.set('publicKey', publicKey);
  return `${loc.origin}${loc.pathname}#${params.toString()}`;
}
