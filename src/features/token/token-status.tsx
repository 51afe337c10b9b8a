// token-status: what the pasted text decoded as (kind, JSON form, what was cleaned away), or the first problem.
import type { DecodedToken } from '../../core/token';
import { firstProblem } from '../../core/token';
import { describeProblem } from '../../shared/describe-problem';
import { tokenMessages } from '../../i18n/en/token';
import { useMessages } from '../../i18n/use-messages';
import type { MessagesOf } from '../../i18n/catalogue';

type TokenText = MessagesOf<typeof tokenMessages>;

const KIND_TEXT = {
  jws: 'kindJws',
  unsecured: 'kindUnsecured',
  jwe: 'kindJwe',
  'sd-jwt': 'kindSdJwt',
  'jws-json': 'kindJwsJson',
  'jwe-json': 'kindJweJson',
} as const;

/** token-status's data-kind: the token kind, or its JSON-serialized or SD-JWT form. */
function kindOf(decoded: DecodedToken): keyof typeof KIND_TEXT | undefined {
  if (decoded.sdJwt) return 'sd-jwt';
  if (decoded.json) return decoded.json.type === 'jwe' ? 'jwe-json' : 'jws-json';
  return decoded.kind;
}

export function TokenStatus({ decoded }: { decoded: DecodedToken }) {
  const t = useMessages(tokenMessages);
  const problem = firstProblem(decoded);
  if (decoded.tokenProblem?.code === 'empty-token') {
    return (
      <p className="status" data-testid="token-status" data-state="empty" role="status">
        {t.empty}
      </p>
    );
  }
  if (problem) {
    return (
      <p
        className="status status-error"
        data-testid="token-status"
        data-state="error"
        data-part={problem.part}
        role="status"
      >
        <strong>
          {problem.part === 'token'
            ? t.notAToken
            : problem.part === 'header'
              ? t.brokenHeader
              : problem.part === 'payload'
                ? t.brokenPayload
                : t.brokenPart({ part: problem.part })}
        </strong>{' '}
        {describeProblem(problem.problem)}
      </p>
    );
  }
  const notes = decoded.notes;
  const kind = kindOf(decoded);
  const count =
    decoded.json?.type === 'jws' ? decoded.json.signatures.length : decoded.json?.recipients.length;
  const form = decoded.json
    ? (decoded.json.serialization === 'general' ? t.formGeneral : t.formFlattened) +
      (count && count > 1
        ? decoded.json.type === 'jws'
          ? t.formSignatures(count)
          : t.formRecipients(count)
        : '')
    : '';
  const cleaned = decoded.cleanups.filter((c) => c !== 'whitespace' || decoded.cleanups.length === 1);
  return (
    <div
      className="status status-ok"
      data-testid="token-status"
      data-state="decoded"
      data-kind={kind}
      role="status"
    >
      <strong>{t.decoded}</strong> {kind ? t[KIND_TEXT[kind]] + form : ''}
      {cleaned.length > 0 && (
        <span className="muted">
          {t.removed({ what: cleaned.map((c) => cleanupText(c, t)).join(t.listSeparator) })}
        </span>
      )}
      {notes.map((n, i) => (
        <div key={i} className="note">
          {describeProblem(n)}
        </div>
      ))}
    </div>
  );
}

function cleanupText(c: DecodedToken['cleanups'][number], t: TokenText): string {
  switch (c) {
    case 'authorization-header':
      return t.cleanupAuthorization;
    case 'bearer':
      return t.cleanupBearer;
    case 'quotes':
      return t.cleanupQuotes;
    case 'url-fragment':
      return t.cleanupUrl;
    case 'whitespace':
      return t.cleanupWhitespace;
  }
}
