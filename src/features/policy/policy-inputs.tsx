// The validation policy's four inputs and one line per check made from them (lazy: loads after the first verdict).
import type { ValidationInputs } from '../../shared/debugger-state';
import { describePolicyReason } from './describe-policy';
import type { Policy } from './use-policy';
import './policy.css';
import { policyMessages } from '../../i18n/en/policy';
import { useMessages } from '../../i18n/use-messages';
import type { MessagesOf } from '../../i18n/catalogue';

type PolicyText = MessagesOf<typeof policyMessages>;

type PolicyField = 'allowedAlgorithms' | 'requiredClaims' | 'expectedType' | 'maxAge';

export interface PolicyInputsProps {
  /** The policy's view, computed once by the app (usePolicy); its failures reach the verdict from there. */
  policy: Policy;
  onChanged: (field: keyof ValidationInputs, value: string) => void;
  /** The inputs' values as typed, when the policy view is a deferred render behind them (app/use-later-inputs.ts). */
  values?: ValidationInputs;
}

// label, and a placeholder or hint that is a message key when it has words (else it is shown as it is).
const FIELDS: {
  field: PolicyField;
  testid: string;
  label: keyof PolicyText;
  placeholder: string;
  hint: string;
}[] = [
  {
    field: 'allowedAlgorithms',
    testid: 'allowed-algorithms',
    label: 'allowedAlgorithms',
    placeholder: 'tokensOwnAlg',
    hint: 'PyJWT algorithms=, jose algorithms',
  },
  {
    field: 'requiredClaims',
    testid: 'required-claims',
    label: 'requiredClaims',
    placeholder: 'exp, iat, jti',
    hint: 'PyJWT options={"require": …}, jose requiredClaims',
  },
  {
    field: 'expectedType',
    testid: 'expected-type',
    label: 'expectedTyp',
    placeholder: 'JWT, at+jwt',
    hint: 'jose typ; RFC 8725 §3.11',
  },
  {
    field: 'maxAge',
    testid: 'max-age',
    label: 'maximumAge',
    placeholder: '3600, 30m, 1h, 7d',
    hint: 'maxAgeHint',
  },
];

/** The usual algorithm sets for a token's alg family. */
function suggestAlgorithms(alg: string | undefined): string[] {
  if (!alg) return [];
  const family = alg.slice(0, 2);
  if (['HS', 'RS', 'PS', 'ES'].includes(family)) {
    const sizes = ['256', '384', '512'].map((n) => `${family}${n}`);
    return [alg, sizes.join(', ')].filter((s, i, all) => all.indexOf(s) === i);
  }
  if (alg === 'EdDSA' || alg === 'Ed25519') return ['EdDSA', 'EdDSA, Ed25519'];
  return [alg];
}

/** A FIELDS entry's text: the message when it names one, else the text itself (spec names). */
function textOf(t: PolicyText, text: string): string {
  return Object.prototype.hasOwnProperty.call(t, text) ? (t[text as keyof PolicyText] as string) : text;
}

export function PolicyInputs({ policy, onChanged, values = policy.input.validation }: PolicyInputsProps) {
  const t = useMessages(policyMessages);
  if (policy.error) throw policy.error;
  const checks = policy.view?.checks ?? [];
  const alg = policy.input.header?.alg;
  const suggestions = suggestAlgorithms(typeof alg === 'string' ? alg : undefined);
  return (
    <div className="policy-inputs">
      {FIELDS.map(({ field, testid, label, placeholder, hint }) => (
        <label key={field}>
          <span>
            {t[label] as string} <small className="muted">({textOf(t, hint)})</small>
          </span>
          <input
            data-testid={testid}
            value={values[field] ?? ''}
            placeholder={textOf(t, placeholder)}
            list={
              field === 'allowedAlgorithms' && suggestions.length > 0 ? 'policy-alg-suggestions' : undefined
            }
            onChange={(e) => onChanged(field, e.target.value)}
            spellCheck={false}
          />
        </label>
      ))}
      {suggestions.length > 0 && (
        <datalist id="policy-alg-suggestions">
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
      {checks.length > 0 && (
        <ul className="policy-checks" aria-label={t.policyChecks}>
          {checks.map((c) => (
            <li key={c.check} data-testid="policy-check" data-check={c.check} data-status={c.status}>
              <span className={`policy-mark policy-${c.status}`} aria-hidden="true">
                {c.status === 'ok' ? '✓' : '✗'}
              </span>{' '}
              {describePolicyReason(c.reason)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
