// Expected audience / issuer / subject, clock tolerance and evaluation time: the inputs claims are judged with.
import type { ReactNode } from 'react';
import type { ValidationInputs } from '../../shared/debugger-state';

export interface ValidationOptionsProps {
  values: ValidationInputs;
  evaluationTimeError: boolean;
  onChanged: (field: keyof ValidationInputs, value: string) => void;
  /** More inputs in the same panel (the validation policy, loaded lazily). */
  children?: ReactNode;
}

const FIELDS: {
  field: 'audience' | 'issuer' | 'subject' | 'clockTolerance' | 'evaluationTime';
  testid: string;
  label: string;
  placeholder: string;
}[] = [
  {
    field: 'audience',
    testid: 'expected-audience',
    label: 'Expected audience',
    placeholder: 'api://my-app, client-id',
  },
  {
    field: 'issuer',
    testid: 'expected-issuer',
    label: 'Expected issuer',
    placeholder: 'https://issuer.example.com/',
  },
  { field: 'subject', testid: 'expected-subject', label: 'Expected subject', placeholder: 'any subject' },
  { field: 'clockTolerance', testid: 'clock-tolerance', label: 'Clock tolerance (s)', placeholder: '0' },
  {
    field: 'evaluationTime',
    testid: 'evaluation-time',
    label: 'Judge at',
    placeholder: 'now (or ISO 8601 / Unix seconds)',
  },
];

export function ValidationOptions({
  values,
  evaluationTimeError,
  onChanged,
  children,
}: ValidationOptionsProps) {
  return (
    <fieldset className="panel validation-options">
      <legend>Validation</legend>
      {FIELDS.map(({ field, testid, label, placeholder }) => (
        <label key={field}>
          <span>{label}</span>
          <input
            data-testid={testid}
            value={values[field]}
            placeholder={placeholder}
            inputMode={field === 'clockTolerance' ? 'numeric' : undefined}
            aria-invalid={field === 'evaluationTime' && evaluationTimeError ? true : undefined}
            onChange={(e) => onChanged(field, e.target.value)}
            spellCheck={false}
          />
        </label>
      ))}
      {children}
      {evaluationTimeError && (
        <p className="field-error" role="alert">
          “Judge at” must be an ISO 8601 time (2025-01-31T12:00:00Z) or Unix seconds; judging at now instead.
        </p>
      )}
    </fieldset>
  );
}
