// Notes about a token or key that arrived in the URL (loaded only when one did): where it went, what stays.
import { hardeningMessages } from '../../i18n/en/hardening';
import { useMessages } from '../../i18n/use-messages';

/** Says what happened to a key that came in a #publicKey= link. */
export function LinkKeyNote({ state }: { state: 'accepted' | 'dropped' | undefined }) {
  const t = useMessages(hardeningMessages);
  if (!state) return null;
  return (
    <p className="url-note" role="note" data-testid="link-key-note" data-state={state}>
      {state === 'accepted' ? t.linkKeyAccepted : t.linkKeyDropped}
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
  const t = useMessages(hardeningMessages);
  return (
    <>
      {from === 'query' ? (
        <p className="url-note" role="note" data-testid="query-token-note">
          {t.queryToken}
        </p>
      ) : (
        <p className="url-note" role="note" data-testid="fragment-token-note">
          {t.fragmentToken}
        </p>
      )}
      <LinkKeyNote state={linkKey} />
    </>
  );
}
