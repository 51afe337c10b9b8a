// Forge: the classic attack tokens made from the current token, each with what a correct verifier does.
import { useState } from 'react';
import { ATTACK_IDS, ATTACK_REFERENCES, isAttackId, type AttackId } from '../../core/forge';
import type { SecretEncoding } from '../../core/keys';
import { CopyButton } from '../../shared/copy-button';
import { attackWords, describeForgeProblem } from './describe-attack';
import { forgeWordingMessages } from '../../i18n/en/forge-wording';
import { useMessages } from '../../i18n/use-messages';
import { useForge } from './use-forge';
import { forgeMessages } from '../../i18n/en/forge';
import { numberFormat } from '../../i18n/format';

export interface ForgePanelProps {
  /** The cleaned compact token in token-input. */
  token: string;
  keyText: string;
  encoding: SecretEncoding;
  /** The token is a deferred render behind token-input (app/use-later-inputs.ts): busy until it catches up. */
  stale?: boolean;
}

// As in token-pane.tsx: a textarea holding more text than this takes a second to draw, so a forged copy of
// a large token is made only when asked (the paste itself stays fast).
const LARGE_TOKEN = 100_000;

const VARIANT_WORDS: Record<string, 'variantPem' | 'variantPemNoNewline' | 'variantDer' | 'variantJwk'> = {
  pem: 'variantPem',
  'pem-no-newline': 'variantPemNoNewline',
  der: 'variantDer',
  jwk: 'variantJwk',
};

export function ForgePanel({ token, keyText, encoding, stale = false }: ForgePanelProps) {
  const t = useMessages(forgeMessages);
  const forgeWords = useMessages(forgeWordingMessages);
  const [attack, setAttack] = useState<AttackId>('alg-none');
  const [url, setUrl] = useState('https://attacker.example/.well-known/jwks.json');
  const [variantId, setVariantId] = useState('');
  const [largeAllowed, setLargeAllowed] = useState('');
  const held = token.length > LARGE_TOKEN && largeAllowed !== token;
  const forging = useForge({ attack, token: held ? '' : token, keyText, encoding, url });
  const busy = forging.busy || stale;
  const { result } = forging;
  const forged = result?.ok ? result.value : undefined;
  const variant = forged?.variants.find((v) => v.id === variantId) ?? forged?.variants[0];
  const words = attackWords(attack, forgeWords);
  const jwksText = forged?.verificationKey ? JSON.stringify(forged.verificationKey, null, 2) : '';

  return (
    <section className="panel forge-panel" aria-labelledby="forge-title" data-testid="forge-panel">
      <h2 id="forge-title">{t.heading}</h2>
      <p className="forge-note" role="note" data-testid="attack-note">
        {t.note}
      </p>
      <label>
        {t.attack}{' '}
        <select
          data-testid="attack-select"
          value={attack}
          onChange={(e) => {
            if (isAttackId(e.target.value)) setAttack(e.target.value);
            setVariantId('');
          }}
        >
          {ATTACK_IDS.map((id) => (
            <option key={id} value={id}>
              {id}: {attackWords(id, forgeWords).title}
            </option>
          ))}
        </select>
      </label>
      {attack === 'jku-spoof' && (
        <label className="block">
          {t.jkuUrl}
          <input
            data-testid="attack-url-input"
            type="url"
            value={url}
            spellCheck={false}
            onChange={(e) => setUrl(e.target.value)}
          />
        </label>
      )}
      <p>{words.what}</p>
      <p>
        <strong>{t.correctVerifier}</strong> {words.correct}
      </p>
      <p data-testid="attack-rules">
        {t.rules}{' '}
        {ATTACK_REFERENCES[attack].map((r, i) => (
          <span key={r.label}>
            {i > 0 && ', '}
            <a href={r.url} target="_blank" rel="noreferrer noopener">
              {r.label}
            </a>
          </span>
        ))}
      </p>
      {forged && forged.variants.length > 1 && (
        <label className="block">
          {t.variant}{' '}
          <select
            data-testid="attack-variant-select"
            value={variant?.id}
            onChange={(e) => setVariantId(e.target.value)}
          >
            {forged.variants.map((v) => (
              <option key={v.id} value={v.id}>
                {VARIANT_WORDS[v.id] ? t[VARIANT_WORDS[v.id]!] : v.id}
              </option>
            ))}
          </select>
        </label>
      )}
      {held && (
        <p>
          <button
            type="button"
            className="small"
            data-testid="attack-large"
            onClick={() => setLargeAllowed(token)}
          >
            {t.forgeLarge({ count: numberFormat().format(token.length) })}
          </button>
        </p>
      )}
      {result && !result.ok && !held && (
        <p role="status" data-testid="attack-problem" data-code={result.problem.code}>
          {describeForgeProblem(result.problem, forgeWords)}
        </p>
      )}
      <div className="panel-title">
        <label htmlFor="attack-output">{t.forgedToken}</label>
        <CopyButton text={() => variant?.token ?? ''} label={t.copyForged} disabled={!variant} />
      </div>
      <textarea
        id="attack-output"
        data-testid="attack-output"
        data-attack={forged?.attack}
        data-variant={variant?.id}
        data-busy={busy ? 'true' : undefined}
        readOnly
        spellCheck={false}
        value={variant?.token ?? ''}
      />
      {(attack === 'embedded-jwk' || attack === 'jku-spoof') && (
        <>
          <label htmlFor="attack-jwks">{attack === 'jku-spoof' ? t.jwksToHost : t.jwkInHeader}</label>
          <textarea
            id="attack-jwks"
            data-testid="attack-jwks"
            data-busy={busy ? 'true' : undefined}
            readOnly
            spellCheck={false}
            value={jwksText}
          />
        </>
      )}
    </section>
  );
}
