// The validation policy's four inputs and one line per check made from them (lazy: loads after the first verdict).
import type { ValidationInputs } from '../../shared/debugger-state';
import { describePolicyReason } from './describe-policy';
import type { Policy } from './use-policy';
import './policy.css';

type PolicyField = 'allowedAlgorithms' | 'requiredClaims' | 'expectedType' | 'maxAge';

export interface PolicyInputsProps {
  /** The policy's view, computed once by the app (usePolicy); its failures reach the verdict from there. */
  policy: Policy;
  onChanged: (field: keyof ValidationInputs, value: string) => void;
}

const FIELDS: { field: PolicyField; testid: string; label: string; placeholder: string; hint: string }[] = [
  {
    field: 'allowedAlgorithms',
    testid: 'allowed-algorithms',
    label: 'Allowed algorithms',
    placeholder: "the token's own alg",
    hint: 'PyJWT algorithms=, jose algorithms',
  },
  {
    field: 'requiredClaims',
    testid: 'required-claims',
    label: 'Required claims',
    placeholder: 'exp, iat, jti',
    hint: 'PyJWT options={"require": …}, jose requiredClaims',
  },
  {
    field: 'expectedType',
    testid: 'expected-type',
    label: 'Expected typ',
    placeholder: 'JWT, at+jwt',
    hint: 'jose typ; RFC 8725 §3.11',
  },
  {
    field: 'maxAge',
    testid: 'max-age',
    label: 'Maximum age',
    placeholder: '3600, 30m, 1h, 7d',
    hint: 'from iat; jose maxTokenAge',
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

export function PolicyInputs({ policy, onChanged }: PolicyInputsProps) {
  if (policy.error) throw policy.error;
  const checks = policy.view?.checks ?? [];
  const values = policy.input.validation;
  const alg = policy.input.header?.alg;
  const suggestions = suggestAlgorithms(typeof alg === 'string' ? alg : undefined);
  return (
    <div className="policy-inputs">
      {FIELDS.map(({ field, testid, label, placeholder, hint }) => (
        <label key={field}>
          <span>
            {label} <small className="muted">({hint})</small>
          </span>
          <input
            data-testid={testid}
            value={values[field] ?? ''}
            placeholder={placeholder}
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
        <ul className="policy-checks" aria-label="Policy checks">
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
