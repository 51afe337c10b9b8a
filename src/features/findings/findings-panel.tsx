// Security advisor: what an attacker would notice about this token and key, each finding explained and linked to its rule.
import { useDeferredValue, useMemo } from 'react';
import { adviseToken } from '../../core/advisor';
import type { KeyInputReading } from '../../core/keys';
import type { KeySource } from '../../core/hardening';
import type { DecodedToken } from '../../core/token';
import { useWeakSecret } from './use-weak-secret';
import type { WeakSecretStatus } from './use-weak-secret';
import { describeFinding } from './describe-findings';
import { findingsWordingMessages } from '../../i18n/en/findings-wording';
import { useMessages } from '../../i18n/use-messages';
import './findings-panel.css';
import { findingsMessages } from '../../i18n/en/findings';
import { numberFormat } from '../../i18n/format';

const SEVERITY_KEYS = {
  high: 'severityHigh',
  medium: 'severityMedium',
  low: 'severityLow',
  info: 'severityInfo',
} as const;

export interface FindingsPanelProps {
  decoded: DecodedToken;
  keyText: string;
  /** The key box as verification read it (a secret's bytes follow the chosen encoding). */
  reading: KeyInputReading;
  /** The moment claims are judged at, in Unix seconds. */
  now: number;
  /** Where the key came from when the user did not type it (discovery via the token, a link). */
  keySource?: KeySource;
}

/** The HMAC secret's bytes exactly as verification uses them, when the key box holds a secret. */
function readSecretBytes(reading: KeyInputReading): Uint8Array | undefined {
  if (reading.state !== 'ok') return undefined;
  const material = reading.value.keys[0]?.material;
  return material?.type === 'secret' ? material.bytes : undefined;
}

function WeakSecretLine({ status }: { status: WeakSecretStatus }) {
  const t = useMessages(findingsMessages);
  if (status.state === 'idle') return null;
  // Number#toLocaleString builds a formatter on each call: numberFormat() keeps one per language.
  const count = status.total !== undefined ? `${numberFormat().format(status.total)} ` : '';
  const text =
    status.state === 'searching'
      ? t.checking({ count })
      : status.state === 'found'
        ? t.found({ count })
        : t.notFound({ count });
  return (
    <p className="muted" data-testid="weak-secret-search" data-state={status.state}>
      {text}
    </p>
  );
}

// Every candidate hashes the whole token: past this size the search would keep a core busy for minutes.
const SEARCH_LIMIT = 512 * 1024;

export function FindingsPanel({ decoded, keyText, reading, now, keySource }: FindingsPanelProps) {
  const t = useMessages(findingsMessages);
  const words = useMessages(findingsWordingMessages);
  const isHmac = decoded.kind === 'jws' && /^HS\d+$/.test(String(decoded.header?.value?.alg));
  const tooLarge = decoded.token.length > SEARCH_LIMIT;
  const hmacToken = isHmac && !tooLarge ? decoded.token : undefined;
  const weak = useWeakSecret(hmacToken);
  const secretBytes = readSecretBytes(reading);
  // The advisor walks the claims (up to 5,000 values): for a large token, in a transition after the verdict.
  const advised = useDeferredValue(decoded);
  const findings = useMemo(
    () =>
      advised.header?.value
        ? adviseToken({
            decoded: advised,
            secretBytes,
            keyText: keyText.trim() === '' ? undefined : keyText,
            weakSecret: weak.secret,
            now,
            keySource,
          })
        : [],
    [advised, secretBytes, keyText, weak.secret, now, keySource],
  );
  if (decoded.parts.length < 3) return null;
  const searching = weak.state === 'searching' || advised !== decoded;
  return (
    <section className="panel findings-panel" aria-labelledby="findings-heading">
      <h2 id="findings-heading">{t.heading}</h2>
      <WeakSecretLine status={weak} />
      {isHmac && tooLarge && (
        <p className="muted" data-testid="weak-secret-search" data-state="idle">
          {t.tooLarge}
        </p>
      )}
      {findings.length === 0 && !searching && <p className="muted">{t.nothing}</p>}
      <ul className="findings" data-testid="findings" data-busy={searching ? 'true' : undefined}>
        {findings.map((finding, i) => {
          const { title, explanation } = describeFinding(finding, words);
          return (
            <li
              key={`${finding.code}-${i}`}
              className={`finding severity-${finding.severity}`}
              data-testid="finding"
              data-code={finding.code}
              data-severity={finding.severity}
            >
              <span className={`badge badge-severity-${finding.severity}`}>
                {t[SEVERITY_KEYS[finding.severity]]}
              </span>{' '}
              <strong>{title}</strong>
              <p>
                {explanation}{' '}
                <a href={finding.rule.url} target="_blank" rel="noopener noreferrer">
                  {finding.rule.title}
                </a>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
