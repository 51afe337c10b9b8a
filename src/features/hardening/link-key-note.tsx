// Notes about a token or key that arrived in the URL (loaded only when one did): where it went, what stays.

/** Says what happened to a key that came in a #publicKey= link. */
export function LinkKeyNote({ state }: { state: 'accepted' | 'dropped' | undefined }) {
  if (!state) return null;
  return (
    <p className="url-note" role="note" data-testid="link-key-note" data-state={state}>
      {state === 'accepted'
        ? 'The public key in the key box came from the link that opened this page, not from you: a signature it verifies says only that the link’s token and key belong together.'
        : 'The link also carried a key that is not a public key (a secret or a private key). It was ignored: a link can make a forged token look valid with its own secret.'}
    </p>
  );
}

/** The notes for a token that arrived in the URL: query string (seen by the server) or fragment (kept in history). */
export function UrlNotes({
  from,
  linkKey,
}: {
  from: 'query' | 'fragment';
  linkKey: 'accepted' | 'dropped' | undefined;
}) {
  return (
    <>
      {from === 'query' ? (
        <p className="url-note" role="note" data-testid="query-token-note">
          This token arrived in the URL’s query string (?token=), which was sent to the server that served
          this page. It has been removed from the address bar; share links put the token after # instead,
          which stays in the browser.
        </p>
      ) : (
        <p className="url-note" role="note" data-testid="fragment-token-note">
          This token arrived in a link (#token=). It has been removed from the address bar, but the link you
          opened stays in this browser’s history; clear it there if the token is still live.
        </p>
      )}
      <LinkKeyNote state={linkKey} />
    </>
  );
}
