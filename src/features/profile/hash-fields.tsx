// at_hash / c_hash fields: paste the access token or the authorization code and see whether the ID token's hash matches.
import { useEffect, useId, useState } from 'react';
import { checkHashClaim } from '../../core/profiles';
import type { HashCheck } from '../../core/profiles';
import { describeHashCheck } from './describe-profile';
import { profileWordingMessages } from '../../i18n/en/profile-wording';
import { profileMessages } from '../../i18n/en/profile';
import { useMessages } from '../../i18n/use-messages';

interface HashFieldProps {
  claim: 'at_hash' | 'c_hash';
  value: unknown;
  alg: unknown;
}

function HashField({ claim, value, alg }: HashFieldProps) {
  const t = useMessages(profileMessages);
  const words = useMessages(profileWordingMessages);
  const id = useId();
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ key: string; check: HashCheck }>();
  const key = `${String(value)}|${String(alg)}|${text}`;
  useEffect(() => {
    let live = true;
    checkHashClaim(value, text, alg).then(
      (check) => live && setResult({ key, check }),
      // WebCrypto refused (e.g. no secure context): say it cannot be checked rather than stay busy.
      () => live && setResult({ key, check: { state: 'unsupported', alg: String(alg) } }),
    );
    return () => {
      live = false;
    };
  }, [key, value, text, alg]);
  const current = result?.key === key ? result.check : undefined;
  const testid = claim === 'at_hash' ? 'at-hash' : 'c-hash';
  return (
    <div className="hash-field">
      <label htmlFor={id}>{claim === 'at_hash' ? t.accessToken : t.authorizationCode}</label>
      <input
        id={id}
        data-testid={`${testid}-input`}
        value={text}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => setText(e.target.value)}
      />
      <p
        className={`status hash-status state-${current?.state ?? 'busy'}`}
        data-testid={`${testid}-status`}
        data-state={current?.state}
        data-busy={current ? undefined : 'true'}
        role="status"
      >
        {current ? describeHashCheck(current, claim, words) : t.hashing}
      </p>
    </div>
  );
}

export interface HashFieldsProps {
  payload: Record<string, unknown>;
  alg: unknown;
}

/** Both fields, for an ID token: OIDC Core §3.1.3.6 (at_hash) and §3.3.2.11 (c_hash). */
export function HashFields({ payload, alg }: HashFieldsProps) {
  const t = useMessages(profileMessages);
  return (
    <details className="hash-fields" open={'at_hash' in payload || 'c_hash' in payload}>
      <summary>{t.checkHashes}</summary>
      <p className="muted">{t.hashesHelp}</p>
      <HashField claim="at_hash" value={payload.at_hash} alg={alg} />
      <HashField claim="c_hash" value={payload.c_hash} alg={alg} />
    </details>
  );
}
