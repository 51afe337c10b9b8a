// One row per claim: its registered meaning, value, time in UTC / local / relative, and its verdict.
import type { ClaimStatus, ClaimVerdict } from '../../core/claims';
import { useDeferredValue, useMemo } from 'react';
import { findInexactNumbers } from '../../core/shared';
import { describeInexactNumber } from './describe-numbers';
import { CLAIM_PROBLEM_KEYS } from '../../shared/claim-status-keys';
import { useRegistry } from '../../shared/use-registry';
import { formatLocal, formatRelative, formatUtc } from '../../shared/format-time';
import type { JsonObject } from '../../core/token';
import { useProviderClaims } from './use-provider-claims';
import { claimsMessages } from '../../i18n/en/claims';
import { useMessages } from '../../i18n/use-messages';
import type { MessagesOf } from '../../i18n/catalogue';
import { numberFormat } from '../../i18n/format';
import { ColumnHeads } from '../../shared/column-heads';

type ClaimsText = MessagesOf<typeof claimsMessages>;

const STATUS_TEXT: Record<ClaimStatus, keyof ClaimsText | undefined> = {
  ok: 'statusOk',
  ...CLAIM_PROBLEM_KEYS,
  info: undefined,
};

const VALUE_LIMIT = 300;

// A value's shown text, kept per object value: the table renders again every second while claims are judged live,
// and stringifying a 1 MB claim each time took tens of milliseconds.
const shown = new WeakMap<object, { t: ClaimsText; text: string }>();

function showValue(value: unknown, t: ClaimsText): string {
  if (typeof value !== 'object' || value === null) return showText(value, t);
  const kept = shown.get(value);
  if (kept?.t === t) return kept.text;
  const text = showText(value, t);
  shown.set(value, { t, text });
  return text;
}

function showText(value: unknown, t: ClaimsText): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    // Too deeply nested for JSON.stringify; String() of such an array takes quadratic time, so do not try.
    text = typeof value === 'object' && value !== null ? t.nestedTooDeeply : String(value);
  }
  return text.length > VALUE_LIMIT
    ? t.truncated({ text: text.slice(0, VALUE_LIMIT), count: numberFormat().format(text.length) })
    : text;
}

function statusDetail(v: ClaimVerdict, now: number, t: ClaimsText): string | undefined {
  if (v.status === 'invalid' && v.time === undefined && ['exp', 'nbf', 'iat'].includes(v.name)) {
    return t.mustBeNumericDate;
  }
  if (v.status === 'invalid') return t.mustBeStrings;
  if ((v.status === 'mismatch' || v.status === 'missing') && v.expected) {
    return t.expected({ values: v.expected.join(t.or) });
  }
  if (v.time && v.status !== 'info' && v.status !== 'ok') return formatRelative(v.time.seconds, now);
  return undefined;
}

export interface ClaimsTableProps {
  verdicts: ClaimVerdict[];
  now: number;
  /** The claims, to recognise the provider whose own claims are then explained too. */
  claims?: JsonObject;
  /** For an SD-JWT: the paths its disclosures revealed; those claims' rows carry data-disclosed="true". */
  disclosed?: string[];
  /** The payload's JSON text, to name numbers JSON.parse cannot read as written (1e400, -0, 1.0). */
  claimsText?: string;
}

const ABOUT_KEYS = {
  user: 'aboutUser',
  client: 'aboutClient',
  tenant: 'aboutTenant',
  token: 'aboutToken',
  workload: 'aboutWorkload',
  session: 'aboutSession',
} as const;

/** Whom a provider's claim is about, in words. */
const aboutWords = (about: keyof typeof ABOUT_KEYS, t: MessagesOf<typeof claimsMessages>): string =>
  t[ABOUT_KEYS[about]];

export function ClaimsTable({ verdicts: latest, now, claims, disclosed, claimsText }: ClaimsTableProps) {
  const t = useMessages(claimsMessages);
  const registry = useRegistry();
  const describeProviderClaim = useProviderClaims(claims);
  // Rendered after the verdict, in a transition of its own: showing a 1 MB claim's value stringifies it.
  const verdicts = useDeferredValue(latest);
  const deferredText = useDeferredValue(claimsText);
  const inexact = useMemo(() => (deferredText ? findInexactNumbers(deferredText) : []), [deferredText]);
  return (
    <section className="panel claims" aria-labelledby="claims-heading">
      <h2 id="claims-heading">{t.claims}</h2>
      <table
        data-testid="claims-table"
        className="claims-table"
        aria-busy={verdicts !== latest || undefined}
        data-busy={verdicts !== latest || undefined}
      >
        <ColumnHeads labels={[t.claim, t.value, t.verdict]} />
        <tbody>
          {verdicts.length === 0 && (
            <tr>
              <td colSpan={3} className="muted">
                {t.noClaims}
              </td>
            </tr>
          )}
          {verdicts.map((v) => {
            const own = describeProviderClaim(v.name);
            const registered = registry?.describeClaimName(v.name);
            // The registry's few provider rows (tid, oid, token_use) give way to the provider's fuller meaning.
            const info = own && registered && !/^(RFC|OpenID)/.test(registered.spec) ? undefined : registered;
            const detail = statusDetail(v, now, t);
            const statusKey = STATUS_TEXT[v.status];
            return (
              <tr
                key={v.name}
                data-testid="claim-row"
                data-claim={v.name}
                data-status={v.status}
                data-disclosed={disclosed?.includes(v.name) || undefined}
                className={`claim-${v.status}`}
              >
                <th scope="row">
                  <code>{v.name}</code>
                  {disclosed?.includes(v.name) && <span className="badge badge-ok"> {t.disclosed}</span>}
                  {info && (
                    <div className="claim-meaning">
                      {info.title}: {info.description}{' '}
                      <a href={info.url} target="_blank" rel="noreferrer noopener">
                        {info.spec}
                      </a>
                    </div>
                  )}
                  {own && (
                    <div className="claim-meaning provider-claim" data-provider={own.provider}>
                      {own.providerName} · {own.title}: {own.description} ({own.type},{' '}
                      {aboutWords(own.about, t)}){' '}
                      <a href={own.url} target="_blank" rel="noreferrer noopener">
                        {t.providerDocs({ provider: own.providerName })}
                      </a>
                    </div>
                  )}
                </th>
                <td className="claim-value">
                  {v.status === 'missing' ? (
                    <span className="muted">{t.absent}</span>
                  ) : (
                    <code>{showValue(v.value, t)}</code>
                  )}
                  {v.time && (
                    <div className="claim-time">
                      <span>{formatUtc(v.time.seconds)}</span> · <span>{formatLocal(v.time.seconds)}</span> ·{' '}
                      <span>{formatRelative(v.time.seconds, now)}</span>
                    </div>
                  )}
                  {inexact
                    .filter((n) => n.claim === v.name)
                    .map((n) => (
                      <div key={n.lexeme} className="hint" data-testid="inexact-number">
                        {describeInexactNumber(n)}
                      </div>
                    ))}
                  {v.time?.looksLikeMilliseconds && (
                    <div className="hint" data-testid="milliseconds-hint">
                      {t.milliseconds({ time: formatUtc(Math.floor(v.time.seconds / 1000)) })}
                    </div>
                  )}
                </td>
                <td className="claim-status">
                  {statusKey && <span className={`badge badge-${v.status}`}>{t[statusKey] as string}</span>}
                  {detail && <div className="muted">{detail}</div>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
