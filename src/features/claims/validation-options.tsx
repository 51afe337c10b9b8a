// Expected audience / issuer / subject, clock tolerance and evaluation time: the inputs claims are judged with.
import type { ReactNode } from 'react';
import type { ValidationInputs } from '../../shared/debugger-state';
import { claimsMessages } from '../../i18n/en/claims';
import { useMessages } from '../../i18n/use-messages';
import type { MessagesOf } from '../../i18n/catalogue';

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
  label: keyof MessagesOf<typeof claimsMessages>;
  placeholder: string | keyof MessagesOf<typeof claimsMessages>;
  translatedPlaceholder?: boolean;
}[] = [
  {
    field: 'audience',
    testid: 'expected-audience',
    label: 'expectedAudience',
    placeholder: 'api://my-app, client-id',
  },
  {
    field: 'issuer',
    testid: 'expected-issuer',
    label: 'expectedIssuer',
    placeholder: 'https://issuer.example.com/',
  },
  {
    field: 'subject',
    testid: 'expected-subject',
    label: 'expectedSubject',
    placeholder: 'anySubject',
    translatedPlaceholder: true,
  },
  { field: 'clockTolerance', testid: 'clock-tolerance', label: 'clockTolerance', placeholder: '0' },
  {
    field: 'evaluationTime',
    testid: 'evaluation-time',
    label: 'judgeAt',
    placeholder: 'judgeAtPlaceholder',
    translatedPlaceholder: true,
  },
];

export function ValidationOptions({
  values,
  evaluationTimeError,
  onChanged,
  children,
}: ValidationOptionsProps) {
  const t = useMessages(claimsMessages);
  return (
    <fieldset className="panel validation-options">
      <legend>{t.validation}</legend>
      {FIELDS.map(({ field, testid, label, placeholder, translatedPlaceholder }) => (
        <label key={field}>
          <span>{t[label] as string}</span>
          <input
            data-testid={testid}
            value={values[field]}
            placeholder={translatedPlaceholder ? (t[placeholder as keyof typeof t] as string) : placeholder}
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
          {t.judgeAtError}
        </p>
      )}
    </fieldset>
  );
}
